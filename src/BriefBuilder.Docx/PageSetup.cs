using BriefBuilder.Model;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefBuilder.Docx;

/// <summary>The section: paper, margins, the document grid and the two page-number footers.</summary>
internal static class PageSetup
{
    public static SectionProperties Section(HouseStyle style, string oddFooterId, string evenFooterId)
    {
        var page = style.Page;
        var section = new SectionProperties(
            new FooterReference { Type = HeaderFooterValues.Default, Id = oddFooterId },
            new FooterReference { Type = HeaderFooterValues.Even, Id = evenFooterId },
            new PageSize { Width = (uint)Units.Twips(page.Width), Height = (uint)Units.Twips(page.Height) },
            new PageMargin
            {
                Top = Units.Twips(page.Top),
                Bottom = Units.Twips(page.Bottom),
                Left = (uint)Units.Twips(page.Left),
                Right = (uint)Units.Twips(page.Right),
                Header = 0, // there is no header
                Footer = (uint)Footers.Distance(style),
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
