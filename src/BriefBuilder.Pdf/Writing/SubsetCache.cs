using System.Buffers.Binary;
using System.Text;
using BriefBuilder.Model;
using BriefBuilder.Pdf.Fonts;

namespace BriefBuilder.Pdf.Writing;

/// <summary>
/// Font subsets already made, kept as files so that the next build of the same brief (or of a
/// brief that uses the same glyphs of a face) skips HarfBuzz and zlib: subsetting and packing the
/// big CJK faces was the largest single cost of a one-brief build. An entry is keyed by the face's
/// file (path, face index, size, modification time), the HarfBuzz version and the glyph set, and
/// holds exactly the bytes the subsetter and <see cref="PdfObjects.Deflate"/> made, so a PDF
/// written from the cache is byte for byte the PDF written without it. The folder may be
/// deleted at any time; an unreadable entry is made again.
/// </summary>
public sealed class SubsetCache(string? folder)
{
    // Raise when what an entry holds, or how it is made, changes: old entries are then never read.
    const string Format = "brief-subset-2";
    static readonly byte[] Magic = Encoding.ASCII.GetBytes(Format + "\n");
    static readonly string HarfBuzzVersion = typeof(HarfBuzzSharp.Face).Assembly.GetName().Version?.ToString() ?? "";

    /// <summary>No cache: every subset is made afresh.</summary>
    public static readonly SubsetCache None = new(null);

    /// <summary>The font file stream of a subset: its dictionary entries (without the filter) and its Flate-packed bytes.</summary>
    public sealed record FontFile(string Dictionary, byte[] Packed);

    /// <summary>
    /// The subset of <paramref name="face"/> to <paramref name="glyphs"/>, and the stream that
    /// <paramref name="fontFile"/> makes of its program, packed.
    /// </summary>
    internal (FontSubset Subset, FontFile File) Get(FontFace face, IReadOnlyCollection<ushort> glyphs,
        Func<FontFace, byte[], (string Dictionary, byte[] Data)> fontFile)
    {
        if (folder is null) return Make(face, glyphs, fontFile);
        var path = Path.Combine(folder, Key(face, glyphs) + ".bin");
        if (Read(path) is { } cached) return cached;
        var made = Make(face, glyphs, fontFile);
        Write(path, made);
        return made;
    }

    static (FontSubset, FontFile) Make(FontFace face, IReadOnlyCollection<ushort> glyphs, Func<FontFace, byte[], (string Dictionary, byte[] Data)> fontFile)
    {
        var subset = FontSubsetter.Subset(face, glyphs);
        var (dictionary, data) = fontFile(face, subset.Program);
        return (subset, new FontFile(dictionary, PdfObjects.Deflate(data)));
    }

    static string Key(FontFace face, IEnumerable<ushort> glyphs)
    {
        var file = new FileInfo(face.Path);
        var key = $"{Format}\n{face.Path}\n{face.Index}\n{file.Length}\n{file.LastWriteTimeUtc.Ticks}\n{HarfBuzzVersion}\n{string.Join(',', glyphs.Order())}";
        return ContentHash.Hex(key);
    }

    // Layout: magic, glyph count, (old id, new id) pairs, then program, dictionary (UTF-8) and
    // packed stream each as length and bytes; integers big-endian.
    static (FontSubset, FontFile)? Read(string path)
    {
        byte[] data;
        try { data = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
        try
        {
            if (!data.AsSpan().StartsWith(Magic)) return null;
            var at = Magic.Length;
            int Int() { var v = BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(at)); at += 4; return v; }
            byte[] Bytes() { var length = Int(); var bytes = data.AsSpan(at, length).ToArray(); at += length; return bytes; }
            var count = Int();
            if (count is < 0 or > ushort.MaxValue + 1) return null;
            var ids = new Dictionary<ushort, ushort>(count);
            for (var i = 0; i < count; i++, at += 4)
                ids[BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(at))] = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(at + 2));
            var program = Bytes();
            var dictionary = Encoding.UTF8.GetString(Bytes());
            var packed = Bytes();
            return at == data.Length ? (new FontSubset(program, ids), new FontFile(dictionary, packed)) : null;
        }
        catch (ArgumentOutOfRangeException)
        {
            return null; // cut short: made again
        }
    }

    static void Write(string path, (FontSubset Subset, FontFile File) entry)
    {
        using var body = new MemoryStream();
        var word = new byte[4];
        void Int(int v) { BinaryPrimitives.WriteInt32BigEndian(word, v); body.Write(word); }
        void Bytes(byte[] bytes) { Int(bytes.Length); body.Write(bytes); }
        body.Write(Magic);
        Int(entry.Subset.NewGlyphIds.Count);
        foreach (var (old, now) in entry.Subset.NewGlyphIds.OrderBy(p => p.Key))
        {
            BinaryPrimitives.WriteUInt16BigEndian(word, old);
            BinaryPrimitives.WriteUInt16BigEndian(word.AsSpan(2), now);
            body.Write(word);
        }
        Bytes(entry.Subset.Program);
        Bytes(Encoding.UTF8.GetBytes(entry.File.Dictionary));
        Bytes(entry.File.Packed);
        CacheFile.Write(path, body.ToArray());
    }
}
