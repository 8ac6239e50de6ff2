using BriefBuilder.Model;
using System.IO.MemoryMappedFiles;
using HarfBuzzSharp;

namespace BriefBuilder.Pdf.Fonts;

/// <summary>
/// One face of a font file (a .ttc collection holds several), opened once by a
/// <see cref="FontLibrary"/> and shared by every document it lays out; metrics are in font units
/// unless said otherwise. A face is immutable and safe to shape with from many threads.
/// </summary>
public sealed class FontFace
{
    // The HarfBuzz objects, shared by every document of the process.
    readonly Face face;
    readonly Font font;

    FontFace(string path, int index, Face face, Font font, Dictionary<int, string> names, FontExtents extents)
    {
        Path = path;
        Index = index;
        Family = names.GetValueOrDefault(16) ?? names.GetValueOrDefault(1) ?? "";
        Style = names.GetValueOrDefault(17) ?? names.GetValueOrDefault(2) ?? "Regular";
        PostScriptName = PostScriptNameOf(names, path, index);
        UnitsPerEm = face.UnitsPerEm;
        Ascender = extents.Ascender;
        Descender = extents.Descender;
        this.face = face;
        this.font = font;
        IsCff = face.Tables.Contains(new Tag('C', 'F', 'F', ' '));
    }

    public string Path { get; }
    public int Index { get; }
    public string Family { get; }
    public string Style { get; }
    public string PostScriptName { get; }
    public int UnitsPerEm { get; }
    public int Ascender { get; }
    /// <summary>Negative: below the baseline.</summary>
    public int Descender { get; }

    /// <summary>PostScript (CFF) outlines rather than TrueType ones: decides the PDF font type.</summary>
    public bool IsCff { get; }

    /// <summary>Opens face <paramref name="index"/> of the file. The file is mapped, not read: a 20 MB CJK font costs only the pages that shaping touches.</summary>
    internal static FontFace Open(string path, int index)
    {
        using var blob = MapFile(path); // the face keeps its own reference
        var face = new Face(blob, index);
        if (face.GlyphCount == 0)
            throw new InvalidDataException($"face {index} is not a font HarfBuzz can read");
        face.MakeImmutable();
        var font = new Font(face);
        font.SetScale(face.UnitsPerEm, face.UnitsPerEm); // positions in font units
        HarfBuzzNative.hb_font_make_immutable(font.Handle);
        var names = FontFileNames.ParseNameTable(TableBytes(face, "name"));
        font.TryGetHorizontalFontExtents(out var extents);
        var loaded = new FontFace(path, index, face, font, names, extents);
        // A face HarfBuzz loads but cannot cut down would fail every PDF that uses it: tried once here.
        try { FontSubsetter.Subset(loaded, [1]); }
        catch (InvalidOperationException e) { throw new InvalidDataException($"HarfBuzz cannot subset it ({e.Message})"); }
        return loaded;
    }

    /// <summary>
    /// The file as a read-only mapped blob. HarfBuzzSharp's Blob.FromFile copies the whole file
    /// into memory (100 MB for the house fonts and their fallbacks) before shaping touches a page.
    /// </summary>
    static unsafe Blob MapFile(string path)
    {
        // The length of what the path leads to: FileInfo gives a link's own (a font linked into
        // fonts/ was 47 bytes to HarfBuzz, and reported damaged).
        long length;
        using (var handle = File.OpenHandle(path)) length = RandomAccess.GetLength(handle);
        var file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        var view = file.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
        byte* start = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
        return new Blob((IntPtr)(start + view.PointerOffset), checked((int)length), MemoryMode.ReadOnly, () =>
        {
            view.SafeMemoryMappedViewHandle.ReleasePointer();
            view.Dispose();
            file.Dispose();
        });
    }

    static string PostScriptNameOf(Dictionary<int, string> names, string path, int index)
    {
        string name = names.GetValueOrDefault(6) ?? $"{System.IO.Path.GetFileNameWithoutExtension(path)}-{index}";
        // A PDF name may not hold spaces or delimiters; PostScript names should not either, but be safe.
        return new string(name.Where(c => c > ' ' && c < 127 && "()<>[]{}/%#".IndexOf(c) < 0).ToArray());
    }

    /// <summary>Whether the face's cmap maps <paramref name="codePoint"/> to a glyph.</summary>
    public bool HasCharacter(int codePoint) => Shaper.TryGetGlyph(codePoint, out uint glyph) && glyph != 0;

    /// <summary>The horizontal advance of a glyph in font units.</summary>
    public int Advance(ushort glyphId) => Shaper.GetHorizontalGlyphAdvance(glyphId);

    /// <summary>
    /// Where a glyph's ink lies, in font units from its origin (y up), or null for a glyph with
    /// no outline (a space).
    /// </summary>
    public GlyphInk? Ink(ushort glyphId) =>
        Shaper.TryGetGlyphExtents(glyphId, out var e) && e.Width != 0 && e.Height != 0
            ? new GlyphInk(e.XBearing, e.XBearing + e.Width, e.YBearing + e.Height, e.YBearing)
            : null;

    /// <summary>Draws a glyph's outline into <paramref name="pen"/>, in font units, y up: what the embedded subset draws.</summary>
    public void Outline(ushort glyphId, IGlyphPen pen) => GlyphOutline.Draw(font.Handle, glyphId, pen);

    /// <summary>The HarfBuzz font, at a scale of one unit per font unit.</summary>
    internal Font Shaper => font;

    internal Face HarfBuzzFace => face;

    /// <summary>A copy of one OpenType table's bytes (empty when the face has none).</summary>
    internal byte[] Table(string tag) => TableBytes(HarfBuzzFace, tag);

    static byte[] TableBytes(Face face, string tag)
    {
        using var table = face.ReferenceTable(Tag.Parse(tag));
        return table.AsSpan().ToArray();
    }

    public override string ToString() => $"{Family} {Style}";
}

/// <summary>The box around a glyph's ink, in font units from its origin, y going up.</summary>
public readonly record struct GlyphInk(int Left, int Right, int Bottom, int Top);
