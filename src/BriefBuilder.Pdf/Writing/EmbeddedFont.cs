using System.Buffers.Binary;
using System.Text;
using BriefBuilder.Model;
using BriefBuilder.Pdf.Fonts;

namespace BriefBuilder.Pdf.Writing;

/// <summary>
/// A face as it goes into one document: the glyphs the pages use and the text each stands for,
/// then written as a subset Type0 font. Identity-H and a CFF charset made the identity mean that
/// the code drawn for a glyph is its id in the subset, for every kind of viewer.
/// </summary>
sealed class EmbeddedFont(FontFace face, string resourceName, SubsetCache subsets)
{
    /// <summary>Glyph id → text for the ToUnicode map; the first non-empty text seen wins.</summary>
    readonly SortedDictionary<ushort, string> texts = [];
    readonly SortedSet<ushort> glyphs = [];
    readonly Dictionary<ushort, double> widths = [];
    FontSubset? subset;
    SubsetCache.FontFile? file;

    public FontFace Face { get; } = face;
    /// <summary>The name pages use for the font (/F1, /F2, …): numbered in order of first use.</summary>
    public string ResourceName { get; } = resourceName;

    /// <summary>The size of the embedded font program, known once <see cref="Subset"/> ran.</summary>
    public int ProgramSize => Subsetted.Program.Length;

    FontSubset Subsetted => subset ?? throw new InvalidOperationException("the font is used before it was subset");

    /// <summary>Records a glyph drawn for <paramref name="text"/> (first pass over the pages).</summary>
    public void Use(ushort glyphId, string text)
    {
        glyphs.Add(glyphId);
        if (text.Length > 0) texts.TryAdd(glyphId, text);
    }

    /// <summary>
    /// Whether the ToUnicode map gives this glyph <paramref name="text"/>. Not so when one glyph
    /// stands for different texts (月 and the radical ⽉ can share a glyph) or for none (the
    /// second glyph of a cluster): the page then marks that occurrence with its own ActualText.
    /// </summary>
    public bool MapsTo(ushort glyphId, string text) => texts.TryGetValue(glyphId, out var mapped) ? mapped == text : text.Length == 0;

    /// <summary>Cuts the face down to the recorded glyphs; call once all pages were seen.</summary>
    public void Subset() => (subset, file) = subsets.Get(Face, glyphs, FontFileOf);

    /// <summary>
    /// The font file stream for a subset program: a CFF face as its bare CID-keyed CFF table where
    /// that can be made, else as OpenType; a TrueType face as it is.
    /// </summary>
    static (string Dictionary, byte[] Data) FontFileOf(FontFace face, byte[] program) =>
        !face.IsCff ? ($"/Length1 {program.Length}", program)
        : CffCharset.CidKeyedTable(program) is { } bare ? ("/Subtype /CIDFontType0C", bare)
        : ("/Subtype /OpenType", program);

    /// <summary>The code that draws a glyph: its id in the subset.</summary>
    public ushort Code(ushort glyphId) => Subsetted.NewGlyphIds[glyphId];

    /// <summary>
    /// The glyph's advance in thousandths of the font size, as /W writes it (rounded as written, so
    /// that the pen the page tracks is where the viewer's is). Asked for every glyph drawn: kept.
    /// </summary>
    public double Width(ushort glyphId)
    {
        if (!widths.TryGetValue(glyphId, out var width))
            widths[glyphId] = width = double.Parse(PdfSyntax.Number(Face.Advance(glyphId) * 1000.0 / Face.UnitsPerEm), System.Globalization.CultureInfo.InvariantCulture);
        return width;
    }

    /// <summary>Writes the font's five objects and returns the number of the Type0 font dictionary.</summary>
    public int Write(PdfObjects objects)
    {
        string name = SubsetTag() + "+" + Face.PostScriptName;

        var packed = file ?? throw new InvalidOperationException("the font is used before it was subset");
        int fontFile = objects.AddRawStream($"{packed.Dictionary} /Filter /FlateDecode", packed.Packed);
        int descriptor = objects.Add(Descriptor(name, fontFile));
        string cidFont = Face.IsCff
            ? $"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /{name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor {descriptor} 0 R /DW 1000 /W {Widths()} >>"
            : $"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor {descriptor} 0 R /DW 1000 /W {Widths()} /CIDToGIDMap /Identity >>";
        int descendant = objects.Add(cidFont);
        var codeTexts = texts.ToDictionary(t => Code(t.Key), t => t.Value);
        int toUnicode = objects.AddStream("", Encoding.ASCII.GetBytes(ToUnicodeCMap.Build(codeTexts)));
        return objects.Add($"<< /Type /Font /Subtype /Type0 /BaseFont /{name} /Encoding /Identity-H /DescendantFonts [{descendant} 0 R] /ToUnicode {toUnicode} 0 R >>");
    }

    /// <summary>
    /// Six capitals from a hash of the face and its glyph set: a different subset of the same
    /// face gets a different tag (as the PDF specification asks), the same one the same tag.
    /// </summary>
    string SubsetTag()
    {
        var key = Face.PostScriptName + ":" + string.Join(",", glyphs);
        var hash = ContentHash.Of(key);
        return new string(hash.Take(6).Select(b => (char)('A' + b % 26)).ToArray());
    }

    /// <summary>/W: runs of consecutive codes with their widths; glyphs of the default 1000 are left out.</summary>
    string Widths()
    {
        var w = new StringBuilder("[");
        ushort previous = 0;
        bool open = false;
        // Glyphs are renumbered in the order of their old ids, so codes come out ascending too.
        foreach (var (g, width) in glyphs.Select(g => (Code(g), Width(g))))
        {
            if (width == 1000) continue;
            if (open && g == previous + 1) w.Append(' ');
            else w.Append(open ? "] " : "").Append(g).Append(" [");
            w.Append(PdfSyntax.Number(width));
            open = true;
            previous = g;
        }
        return w.Append(open ? "]]" : "]").ToString();
    }

    /// <summary>The font descriptor, with metrics read from the face's head, hhea, OS/2 and post tables.</summary>
    string Descriptor(string name, int file)
    {
        double scale = 1000.0 / Face.UnitsPerEm;
        var head = Face.Table("head");
        var post = Face.Table("post");
        var os2 = Face.Table("OS/2");
        string box = head.Length >= 44
            ? string.Join(' ', new[] { 36, 38, 40, 42 }.Select(o => PdfSyntax.Number(BinaryPrimitives.ReadInt16BigEndian(head.AsSpan(o)) * scale)))
            : $"0 {PdfSyntax.Number(Face.Descender * scale)} 1000 {PdfSyntax.Number(Face.Ascender * scale)}";
        double italicAngle = post.Length >= 8 ? BinaryPrimitives.ReadInt32BigEndian(post.AsSpan(4)) / 65536.0 : 0;
        int weight = os2.Length >= 6 ? BinaryPrimitives.ReadUInt16BigEndian(os2.AsSpan(4)) : 400;
        double capHeight = os2.Length >= 90 && BinaryPrimitives.ReadUInt16BigEndian(os2) >= 2
            ? BinaryPrimitives.ReadInt16BigEndian(os2.AsSpan(88)) * scale
            : Face.Ascender * scale;
        // No table records stem widths; this is the usual estimate from the weight class
        // (400 → 88, 700 → 166). Viewers use it only when they must substitute the font.
        double stemV = 50 + Math.Pow(weight / 65.0, 2);
        int flags = 4 | (italicAngle != 0 ? 64 : 0); // symbolic: glyphs are addressed by id, not a standard encoding
        string fontFile = Face.IsCff ? "/FontFile3" : "/FontFile2";
        return $"<< /Type /FontDescriptor /FontName /{name} /Flags {flags} /FontBBox [{box}] /ItalicAngle {PdfSyntax.Number(italicAngle)} " +
               $"/Ascent {PdfSyntax.Number(Face.Ascender * scale)} /Descent {PdfSyntax.Number(Face.Descender * scale)} " +
               $"/CapHeight {PdfSyntax.Number(capHeight)} /StemV {PdfSyntax.Number(Math.Round(stemV))} {fontFile} {file} 0 R >>";
    }
}
