using System.Globalization;
using System.Text;
using BriefBuilder.Model;
using BriefBuilder.Pdf.Layout;

namespace BriefBuilder.Serve.Svg;

/// <summary>
/// One page of the PDF engine's placed pages drawn as SVG: the third writer beside the PDF and
/// DOCX, and never a second layout. Every glyph is its face's own outline at the position the
/// PDF puts it (<see cref="GlyphSheet"/>), filled in the colour's screen RGB and stroked where the
/// PDF emboldens; rules are the PDF's bars. Over the glyphs lies a text layer, as pdf.js lays one:
/// each glyph's text, transparent, at the glyph's place, so that the browser selects and finds it.
/// The items of one block are grouped with the file and line they came from (<c>data-line</c>).
/// Each kind of placed item is drawn through <see cref="IPlacedItemVisitor{T}"/>: a new kind does
/// not compile until it is drawn here too.
/// </summary>
public sealed class SvgPage : IPlacedItemVisitor<bool>
{
    readonly StringBuilder svg = new();
    readonly SortedSet<string> glyphs = new(StringComparer.Ordinal);
    readonly GlyphSheet sheet;

    SvgPage(GlyphSheet sheet) => this.sheet = sheet;

    /// <summary>
    /// Draws <paramref name="page"/> (the sheet's size in points); the SVG and the glyph outlines it
    /// refers to. A landscape page is shown as it is read, as a PDF viewer shows it: turned, its folio
    /// turned with the sheet.
    /// </summary>
    public static PageDrawing Draw(PlacedPage page, double width, double height, GlyphSheet sheet)
    {
        var drawer = new SvgPage(sheet);
        var svg = drawer.svg;
        var (w, h) = page.IsTurned ? (height, width) : (width, height);
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"page\" data-testid=\"page\" data-page=\"{page.Number}\" viewBox=\"0 0 {N(w)} {N(h)}\">");
        svg.Append($"<rect class=\"sheet\" width=\"{N(w)}\" height=\"{N(h)}\"/>");
        if (page.IsTurned)
        {
            // The sheet's (x, y) is the turned page's (sheet height − y, x).
            svg.Append($"<g transform=\"matrix(0 1 -1 0 {N(height)} 0)\">");
            drawer.Items(page.Items);
            svg.Append("</g>");
            drawer.Items(page.Turned);
        }
        else drawer.Items(page.Items);
        svg.Append("</svg>");
        return new PageDrawing(svg.ToString(), drawer.glyphs.ToList());
    }

    /// <summary>The items, those of one block grouped with the file and line they came from.</summary>
    void Items(IEnumerable<PlacedItem> items)
    {
        bool open = false;
        (ContentTag? Tag, SourceRef? Source) current = default;
        foreach (var item in items)
        {
            if (!open || item.Tag != current.Tag || item.Source != current.Source)
            {
                if (open) svg.Append("</g>");
                current = (item.Tag, item.Source);
                open = true;
                svg.Append(item.Source is { Line: > 0 } source
                    ? $"<g data-file=\"{Escape(source.File)}\" data-line=\"{source.Line}\">"
                    : "<g>");
            }
            item.Accept(this);
        }
        if (open) svg.Append("</g>");
    }

    /// <summary>A bar drawn on whole pixels, as PDF viewers draw thin fills (poppler's stroke adjustment): a hairline rule stays one crisp line.</summary>
    public bool Rule(PlacedRule rule)
    {
        svg.Append($"<rect shape-rendering=\"crispEdges\" x=\"{N(rule.X)}\" y=\"{N(rule.Top)}\" width=\"{N(rule.Width)}\" height=\"{N(rule.Thickness)}\" fill=\"#{rule.Colour.Rgb}\"/>");
        return true;
    }

    /// <summary>A figure: the image file itself, stretched to the rectangle the PDF draws it in.</summary>
    public bool Image(PlacedImage image)
    {
        var file = image.Picture.Image;
        svg.Append($"<image x=\"{N(image.X)}\" y=\"{N(image.Top)}\" width=\"{N(image.Width)}\" height=\"{N(image.Height)}\" preserveAspectRatio=\"none\" href=\"data:{file.ContentType};base64,{Convert.ToBase64String(file.Bytes)}\"/>");
        return true;
    }

    public bool Text(PlacedText text)
    {
        if (text.Glyphs.Count == 0) return true;
        // Outlines are in font units, y up: scaled and flipped onto the baseline.
        var scale = text.Size / text.Face.UnitsPerEm;
        // An italic run leans as the PDF's text matrix leans it: x grows by the shear times the height.
        svg.Append($"<g transform=\"matrix({N(scale, 6)} 0 {N(text.Shear * scale, 6)} {N(-scale, 6)} 0 {N(text.Baseline)})\" fill=\"#{text.Colour.Rgb}\"");
        // As the PDF emboldens (render mode 2): the outline stroked in the fill colour, miters as PDF's default limit.
        if (text.BoldStroke > 0)
            svg.Append($" stroke=\"#{text.Colour.Rgb}\" stroke-width=\"{N(text.BoldStroke / scale)}\" stroke-miterlimit=\"10\"");
        svg.Append('>');
        foreach (var g in text.Glyphs)
        {
            var id = sheet.Id(text.Face, g.GlyphId);
            glyphs.Add(id);
            // The shear pivots on the group's baseline: a raised or lowered glyph is moved back so
            // that it leans about its own, as in the PDF.
            svg.Append($"<use href=\"#{id}\" x=\"{N((g.X + text.Shear * g.YOffset) / scale)}\"");
            if (g.YOffset != 0) svg.Append($" y=\"{N(-g.YOffset / scale)}\"");
            svg.Append("/>");
        }
        svg.Append("</g>");
        TextLayer(text);
        return true;
    }

    /// <summary>
    /// The run's text, one position per UTF-16 unit (as SVG counts characters): a glyph that stands
    /// for several characters spreads them over its advance; a glyph that stands for none adds none.
    /// </summary>
    void TextLayer(PlacedText text)
    {
        var xs = new List<string>();
        var chars = new StringBuilder();
        foreach (var g in text.Glyphs)
        {
            if (g.Text.Length == 0) continue;
            var advance = text.Face.Advance(g.GlyphId) * text.Size / text.Face.UnitsPerEm;
            var units = g.Text.Length;
            for (var i = 0; i < units; i++) xs.Add(N(g.X + advance * i / units));
            chars.Append(g.Text);
        }
        if (chars.Length == 0) return;
        svg.Append($"<text class=\"tl\" x=\"{string.Join(' ', xs)}\" y=\"{N(text.Baseline)}\" font-size=\"{N(text.Size)}\">{Escape(chars.ToString())}</text>");
    }

    static string N(double value, int decimals = 2) => Math.Round(value, decimals).ToString(CultureInfo.InvariantCulture);

    internal static string Escape(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");
}

/// <summary>A page drawn: its SVG element, and the names of the glyph outlines it refers to.</summary>
public sealed record PageDrawing(string Svg, IReadOnlyList<string> Glyphs);
