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
            new DocGrid
            {
                Type = DocGridValues.LinesAndChars,
                LinePitch = Units.Twips(style.Grid.LinePitch),
                CharacterSpace = CharacterSpace(style),
            });
        return section;
    }

    /// <summary>
    /// Word spaces grid characters by Normal's font size plus charSpace/4096 points, so the
    /// wanted pitch (text width / characters per line) minus Normal's size, times 4096.
    /// Rounded down, so the pitch is never wider than wanted and a full line always fits.
    /// </summary>
    public static int CharacterSpace(HouseStyle style) =>
        (int)Math.Floor((style.CharPitch - style.Paragraph(StyleSheet.BodyStyle).Size) * 4096);
}
