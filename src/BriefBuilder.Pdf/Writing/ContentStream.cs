using System.Text;
using BriefBuilder.Model;
using BriefBuilder.Pdf.Layout;

namespace BriefBuilder.Pdf.Writing;

/// <summary>
/// The content stream of one page. Layout coordinates (points from the top-left, y down) become
/// PDF ones (from the bottom-left, y up). Graphics state is tracked so that a run in the same
/// font and colour as the one before repeats nothing. Every item is marked content: the items of
/// one paragraph form one sequence with an MCID that the structure tree points to, decoration an
/// /Artifact sequence, so that a reader meets nothing untagged. A landscape page's turned items are
/// drawn through a quarter turn of the coordinates, after the sheet's own (its folio).
/// </summary>
sealed class ContentStream(double sheetWidth, double sheetHeight, Func<PlacedText, EmbeddedFont> fontFor, Func<PlacedImage, string> imageFor) : IPlacedItemVisitor<ContentStream>
{
    readonly StringBuilder ops = new();
    readonly List<MarkedContent> marked = [];
    string? font, fill, stroke, lineWidth;
    int renderMode;
    // Whether the items drawn now are a landscape page's turned ones, and the height of the page they are on.
    bool turned;
    double pageHeight = sheetHeight;

    /// <summary>The tagged sequences of the page, in order: MCID = index.</summary>
    public IReadOnlyList<MarkedContent> Marked => marked;

    public byte[] Build(PlacedPage page)
    {
        Draw(page.Items);
        if (page.IsTurned)
        {
            // The turned page's (x, y) is the sheet's (sheet width − y, x): its top on the sheet's left edge.
            ops.Append($"q\n0 1 -1 0 {N(sheetWidth)} 0 cm\n");
            (turned, pageHeight) = (true, sheetWidth);
            Draw(page.Turned);
            ops.Append("Q\n");
            // Q restored the graphics state: nothing set inside counts after it.
            (font, fill, stroke, lineWidth, renderMode, turned, pageHeight) = (null, null, null, null, 0, false, sheetHeight);
        }
        return Encoding.ASCII.GetBytes(ops.ToString());
    }

    void Draw(IEnumerable<PlacedItem> items)
    {
        bool open = false;
        ContentTag? current = null;
        foreach (var item in items)
        {
            if (!open || item.Tag != current)
            {
                if (open) ops.Append("EMC\n");
                current = item.Tag;
                open = true;
                if (current is null || current.IsArtifact) ops.Append("/Artifact BMC\n");
                else
                {
                    ops.Append($"/{current.Role} << /MCID {marked.Count} >> BDC\n");
                    marked.Add(new MarkedContent(current, Top(item)));
                }
            }
            item.Accept(this);
        }
        if (open) ops.Append("EMC\n");
    }

    /// <summary>The top of an item in PDF coordinates: where a bookmark to it scrolls (on a turned page, the page's top).</summary>
    double Top(PlacedItem item) => turned ? sheetHeight : sheetHeight - item.Top;

    public ContentStream Rule(PlacedRule rule)
    {
        SetFill(rule.Colour);
        double bottom = pageHeight - rule.Top - rule.Thickness;
        ops.Append($"{N(rule.X)} {N(bottom)} {N(rule.Width)} {N(rule.Thickness)} re f\n");
        return this;
    }

    /// <summary>The picture's XObject, scaled from its unit square to its rectangle; the graphics state is saved around it.</summary>
    public ContentStream Image(PlacedImage image)
    {
        double bottom = pageHeight - image.Top - image.Height;
        ops.Append($"q\n{N(image.Width)} 0 0 {N(image.Height)} {N(image.X)} {N(bottom)} cm\n/{imageFor(image)} Do\nQ\n");
        return this;
    }

    public ContentStream Text(PlacedText text)
    {
        if (text.Glyphs.Count == 0) return this;
        var embedded = fontFor(text);
        ops.Append("BT\n");
        string tf = $"/{embedded.ResourceName} {N(text.Size)} Tf";
        if (tf != font) ops.Append(font = tf).Append('\n');
        SetFill(text.Colour);
        if (text.BoldStroke > 0)
        {
            // Stroking the outline in the fill colour thickens every stem by the line width.
            SetRenderMode(2);
            SetStroke(text.Colour);
            string w = $"{N(text.BoldStroke)} w";
            if (w != lineWidth) ops.Append(lineWidth = w).Append('\n');
        }
        else SetRenderMode(0);

        // Glyphs go out as TJ arrays: after each glyph the viewer moves the pen by its /W width,
        // and a TJ number corrects the pen to where layout put the next glyph. The pen is tracked
        // with the rounded numbers actually written, so errors never add up along a line.
        double penX = 0, lineY = double.NaN;
        bool inArray = false;
        foreach (var g in text.Glyphs)
        {
            double y = pageHeight - text.Baseline - g.YOffset;
            bool matchesMap = embedded.MapsTo(g.GlyphId, g.Text);
            if (y != lineY || !matchesMap)
            {
                if (inArray) { ops.Append("] TJ\n"); inArray = false; }
                if (y != lineY)
                {
                    // An italic run's text matrix shears each glyph about its baseline; the pen
                    // still moves along the baseline, so positions are as upright text's.
                    ops.Append($"1 0 {N(text.Shear)} 1 {N(g.X)} {N(y)} Tm\n");
                    penX = g.X;
                    lineY = y;
                }
            }
            if (!matchesMap) ops.Append($"/Span << /ActualText {PdfSyntax.TextString(g.Text)} >> BDC\n");
            if (!inArray) { ops.Append('['); inArray = true; }

            double adjust = Math.Round((penX - g.X) * 1000 / text.Size, 3, MidpointRounding.AwayFromZero);
            if (adjust != 0)
            {
                ops.Append(N(adjust)).Append(' ');
                penX -= adjust * text.Size / 1000;
            }
            ops.Append('<').Append(PdfSyntax.GlyphCode(embedded.Code(g.GlyphId))).Append('>');
            penX += embedded.Width(g.GlyphId) * text.Size / 1000;

            if (!matchesMap) { ops.Append("] TJ\nEMC\n"); inArray = false; }
        }
        if (inArray) ops.Append("] TJ\n");
        ops.Append("ET\n");
        return this;
    }

    void SetRenderMode(int mode)
    {
        if (mode != renderMode) ops.Append(mode).Append(" Tr\n");
        renderMode = mode;
    }

    void SetFill(Colour c)
    {
        string k = $"{Cmyk(c)} k";
        if (k != fill) ops.Append(fill = k).Append('\n');
    }

    void SetStroke(Colour c)
    {
        string k = $"{Cmyk(c)} K";
        if (k != stroke) ops.Append(stroke = k).Append('\n');
    }

    static string Cmyk(Colour c) => $"{N(c.C)} {N(c.M)} {N(c.Y)} {N(c.K)}";

    static string N(double v) => PdfSyntax.Number(v);
}

/// <summary>A marked-content sequence of a page: the paragraph it belongs to, and the top of its first item.</summary>
sealed record MarkedContent(ContentTag Tag, double Top);
