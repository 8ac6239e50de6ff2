using System.Globalization;
using System.Text;

namespace BriefBuilder.Pdf.Layout;

/// <summary>
/// A plain-text listing of every placed run, rule and picture (page, x, y, font, size, text), so a
/// layout change shows up as a reviewable diff in the snapshot tests.
/// </summary>
public static class LayoutDump
{
    public static string Write(IReadOnlyList<PlacedPage> pages)
    {
        var text = new StringBuilder();
        foreach (var page in pages)
        {
            text.Append(CultureInfo.InvariantCulture, $"page {page.Number}\n");
            foreach (var item in page.Items)
            {
                text.Append(item.Accept(Line.Instance));
            }
            if (page.IsTurned) text.Append("  turned (landscape)\n");
            foreach (var item in page.Turned)
            {
                text.Append(item.Accept(Line.Instance));
            }
        }
        return text.ToString();
    }

    /// <summary>The line of one placed item.</summary>
    private sealed class Line : IPlacedItemVisitor<string>
    {
        public static readonly Line Instance = new();

        public string Text(PlacedText t) =>
            Invariant($"  text x={t.Glyphs[0].X:0.00} y={t.Baseline:0.00} {t.Face.PostScriptName} {t.Size:0.##}pt{(t.BoldStroke > 0 ? " bold" : "")}{(t.Shear > 0 ? " italic" : "")}{(t.Colour.Name != "black" ? " " + t.Colour.Name : "")} “{t.Text}”\n");

        public string Rule(PlacedRule r) => Invariant($"  rule x={r.X:0.00} y={r.Top:0.00} w={r.Width:0.00} t={r.Thickness:0.00} {r.Colour.Name}\n");

        public string Image(PlacedImage i) => Invariant($"  image x={i.X:0.00} y={i.Top:0.00} w={i.Width:0.00} h={i.Height:0.00} “{i.Picture.Image.Path}”\n");

        private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
    }
}
