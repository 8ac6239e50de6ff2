using BriefBuilder.Model;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefBuilder.Docx;

/// <summary>
/// A section: paper, margins, the document grid and the two page-number footers. A landscape
/// section (a wide table's, <see cref="LandscapePages"/>) is the sheet turned (<see cref="PageGeometry.Turned"/>):
/// Word prints a landscape page turned onto the portrait sheet with its top on the sheet's left
/// edge, so its margins are the sheet's, turned, and its folio is drawn where the sheet has it (<see cref="Footers.Turned"/>).
/// </summary>
internal static class PageSetup
{
    public static SectionProperties Section(HouseStyle style, string oddFooterId, string evenFooterId, bool turned = false)
    {
        var page = turned ? style.Page.Turned : style.Page;
        var section = new SectionProperties(
            new FooterReference { Type = HeaderFooterValues.Default, Id = oddFooterId },
            new FooterReference { Type = HeaderFooterValues.Even, Id = evenFooterId },
            new PageSize { Width = (uint)Units.Twips(page.Width), Height = (uint)Units.Twips(page.Height), Orient = turned ? PageOrientationValues.Landscape : null },
            new PageMargin
            {
                Top = Units.Twips(page.Top),
                Bottom = Units.Twips(page.Bottom),
                Left = (uint)Units.Twips(page.Left),
                Right = (uint)Units.Twips(page.Right),
                Header = 0, // there is no header
                Footer = turned ? 0U : (uint)Footers.Distance(style), // a turned page's folio is anchored to the page
                Gutter = 0,
            },
            // A line grid only. A character grid (linesAndChars, charSpace ≈ −849) would give 28
            // cells of 15.79 pt, but LibreOffice gives each 16 pt character two such cells and
            // more than halves the line (README, DOCX grid). The letter spacing of the grid styles
            // (StyleSheet) fits 28 a line instead.
            new DocGrid
            {
                Type = DocGridValues.Lines,
                LinePitch = Units.Twips(style.Grid.LinePitch),
            });
        return section;
    }
}
