using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using BriefBuilder.Pdf.Fonts;

namespace BriefBuilder.Pdf.Writing;

/// <summary>
/// Font subsets already made, kept as files so that the next build of the same brief (or of a
/// brief that uses the same glyphs of a face) skips HarfBuzz and zlib. Subsetting and packing the
/// big CJK faces was the largest single cost of a one-brief build. An entry is keyed by the face's
/// file (path, face index, size, modification time), the HarfBuzz version and the glyph set, and
/// holds exactly the bytes the subsetter and <see cref="PdfObjects.Deflate"/> made, so a PDF
/// written from the cache is byte for byte the PDF written without it. The folder may be
/// deleted at any time; an unreadable entry is made again.
/// </summary>
public sealed class SubsetCache(string? folder)
{
    const string Format = "brief-subset-1";
    static readonly byte[] Magic = Encoding.ASCII.GetBytes(Format + "\n");
    static readonly string HarfBuzzVersion = typeof(HarfBuzzSharp.Face).Assembly.GetName().Version?.ToString() ?? "";

    /// <summary>No cache: every subset is made afresh.</summary>
    public static readonly SubsetCache None = new(null);

    /// <summary>The subset of <paramref name="face"/> to <paramref name="glyphs"/>, and its program Flate-packed.</summary>
    public (FontSubset Subset, byte[] Packed) Get(FontFace face, IReadOnlyCollection<ushort> glyphs)
    {
        if (folder is null) return Make(face, glyphs);
        var path = Path.Combine(folder, Key(face, glyphs) + ".bin");
        if (Read(path) is { } cached) return cached;
        var made = Make(face, glyphs);
        Write(path, made);
        return made;
    }

    static (FontSubset, byte[]) Make(FontFace face, IReadOnlyCollection<ushort> glyphs)
    {
        var subset = FontSubsetter.Subset(face, glyphs);
        return (subset, PdfObjects.Deflate(subset.Program));
    }

    static string Key(FontFace face, IEnumerable<ushort> glyphs)
    {
        var file = new FileInfo(face.Path);
        var key = $"{Format}\n{face.Path}\n{face.Index}\n{file.Length}\n{file.LastWriteTimeUtc.Ticks}\n{HarfBuzzVersion}\n{string.Join(',', glyphs.Order())}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    // Layout: magic, glyph count, (old id, new id) pairs, program length, program, packed length, packed; integers big-endian.
    static (FontSubset, byte[])? Read(string path)
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
            var packed = Bytes();
            return at == data.Length ? (new FontSubset(program, ids), packed) : null;
        }
        catch (ArgumentOutOfRangeException)
        {
            return null; // cut short: made again
        }
    }

    static void Write(string path, (FontSubset Subset, byte[] Packed) entry)
    {
        using var body = new MemoryStream();
        var word = new byte[4];
        void Int(int v) { BinaryPrimitives.WriteInt32BigEndian(word, v); body.Write(word); }
        body.Write(Magic);
        Int(entry.Subset.NewGlyphIds.Count);
        foreach (var (old, now) in entry.Subset.NewGlyphIds.OrderBy(p => p.Key))
        {
            BinaryPrimitives.WriteUInt16BigEndian(word, old);
            BinaryPrimitives.WriteUInt16BigEndian(word.AsSpan(2), now);
            body.Write(word);
        }
        Int(entry.Subset.Program.Length);
        body.Write(entry.Subset.Program);
        Int(entry.Packed.Length);
        body.Write(entry.Packed);
        try
        {
            // Written beside and moved in, so a reader never sees half an entry; a lost race only
            // means another process wrote the same bytes.
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temp = $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
            File.WriteAllBytes(temp, body.ToArray());
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written only costs speed.
        }
    }
}
