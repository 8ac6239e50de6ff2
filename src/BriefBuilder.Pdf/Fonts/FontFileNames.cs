using System.Buffers.Binary;
using System.Text;

namespace BriefBuilder.Pdf.Fonts;

/// <summary>The names of one face in a font file, as its <c>name</c> table gives them.</summary>
/// <param name="Family">Typographic family (name ID 16), else the legacy family (ID 1).</param>
/// <param name="Style">Typographic subfamily (ID 17), else the legacy subfamily (ID 2).</param>
/// <param name="LegacyFamily">Name ID 1: some families ("… Black") live only here.</param>
/// <param name="LegacyStyle">Name ID 2.</param>
/// <param name="LocalFamily">The family in the font's own language (仿宋_GB2312), empty when it has only English names.</param>
/// <param name="Damage">Why the face cannot be used (a table cut off by the end of the file, a table every face needs missing), or null.</param>
public sealed record FontFileFace(string Path, int Index, string Family, string Style, string LegacyFamily, string LegacyStyle, string LocalFamily, string? Damage = null);

/// <summary>
/// Reads face names from the raw bytes of .ttf/.otf/.ttc/.otc files. Reads only the headers,
/// the table directory and the <c>name</c> table, so scanning hundreds of system fonts stays
/// cheap: a CJK font file is 10–30 MB but its name table a few KB.
/// </summary>
public static class FontFileNames
{
    const uint TrueTypeCollection = 0x74746366; // 'ttcf'
    const uint NameTag = 0x6E616D65;           // 'name'

    /// <summary>Every face of the file; empty when the file is not a font we understand.</summary>
    public static IReadOnlyList<FontFileFace> Read(string path)
    {
        try
        {
            using var file = File.OpenHandle(path);
            var header = ReadAt(file, 0, 12);
            if (header.Length < 12) return [];
            if (BinaryPrimitives.ReadUInt32BigEndian(header) != TrueTypeCollection)
                return ReadFace(file, path, 0, 0) is { } single ? [single] : [];

            int count = (int)BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(8));
            var offsets = ReadAt(file, 12, 4 * count);
            var faces = new List<FontFileFace>(count);
            for (int i = 0; i < count && 4 * i + 4 <= offsets.Length; i++)
                if (ReadFace(file, path, i, BinaryPrimitives.ReadUInt32BigEndian(offsets.AsSpan(4 * i))) is { } face)
                    faces.Add(face);
            return faces;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentOutOfRangeException)
        {
            return []; // an unreadable or truncated file is simply not offered as a font
        }
    }

    static FontFileFace? ReadFace(Microsoft.Win32.SafeHandles.SafeFileHandle file, string path, int index, long offset)
    {
        var directory = ReadAt(file, offset, 12);
        if (directory.Length < 12) return null;
        int tables = BinaryPrimitives.ReadUInt16BigEndian(directory.AsSpan(4));
        var records = ReadAt(file, offset + 12, 16 * tables);
        var damage = Damage(records, RandomAccess.GetLength(file));
        for (int t = 0; t + 16 <= records.Length; t += 16)
        {
            if (BinaryPrimitives.ReadUInt32BigEndian(records.AsSpan(t)) != NameTag) continue;
            long nameOffset = BinaryPrimitives.ReadUInt32BigEndian(records.AsSpan(t + 8));
            int nameLength = (int)BinaryPrimitives.ReadUInt32BigEndian(records.AsSpan(t + 12));
            var table = ReadAt(file, nameOffset, nameLength);
            var names = ParseNameTable(table);
            string? legacyFamily = names.GetValueOrDefault(1);
            if (legacyFamily is null) return null;
            string legacyStyle = names.GetValueOrDefault(2) ?? "Regular";
            return new FontFileFace(path, index,
                names.GetValueOrDefault(16) ?? legacyFamily,
                names.GetValueOrDefault(17) ?? legacyStyle,
                legacyFamily, legacyStyle, LocalFamily(table), damage);
        }
        return null;
    }

    /// <summary>
    /// Why a face whose table directory is <paramref name="records"/> cannot be drawn with, or
    /// null: a table that runs past the end of the file (a copy cut short: HarfBuzz then cannot
    /// subset it, and every build failed), or a table every face needs that is missing. Checked
    /// when the index is built, from the directory alone, so a damaged face is never chosen.
    /// </summary>
    static string? Damage(byte[] records, long fileLength)
    {
        var tags = new HashSet<string>();
        for (int t = 0; t + 16 <= records.Length; t += 16)
        {
            var tag = Encoding.ASCII.GetString(records, t, 4);
            tags.Add(tag);
            long end = (long)BinaryPrimitives.ReadUInt32BigEndian(records.AsSpan(t + 8)) + BinaryPrimitives.ReadUInt32BigEndian(records.AsSpan(t + 12));
            if (end > fileLength) return $"its '{tag.TrimEnd()}' table runs past the end of the file ({fileLength} bytes): the file is cut short";
        }
        if (Required.FirstOrDefault(r => !tags.Contains(r)) is { } missing) return $"it has no '{missing}' table";
        if (!tags.Contains("CFF ") && !tags.Contains("CFF2") && !tags.Contains("glyf")) return "it has no outlines (no 'glyf', 'CFF ' or 'CFF2' table)";
        return null;
    }

    static readonly string[] Required = ["cmap", "head", "hhea", "hmtx", "maxp"];

    /// <summary>
    /// Name ID → string for the IDs we use (1, 2, 6, 16, 17), taking for each the best record:
    /// Windows Unicode English first.
    /// </summary>
    internal static Dictionary<int, string> ParseNameTable(byte[] table)
    {
        var best = new Dictionary<int, (int Rank, string Text)>();
        foreach (var r in Records(table))
        {
            if (r.NameId is not (1 or 2 or 6 or 16 or 17)) continue;
            int rank = Rank(r.Platform, r.Encoding, r.Language);
            if (rank < 0 || best.TryGetValue(r.NameId, out var have) && have.Rank <= rank) continue;
            best[r.NameId] = (rank, r.Text());
        }
        return best.ToDictionary(p => p.Key, p => p.Value.Text);
    }

    /// <summary>
    /// The family's name in the language of the font's own country, when it has one beside the
    /// English: 仿宋_GB2312 for FangSong_GB2312, 黑体 for SimHei, 方正小标宋简体 for
    /// FZXiaoBiaoSong-B05S. Word and WPS list Chinese fonts by these names, so style.yaml may too.
    /// Simplified Chinese first, then the lowest language ID; the typographic family (ID 16)
    /// before the legacy one (ID 1). Empty when the font has only English names.
    /// </summary>
    internal static string LocalFamily(byte[] table) =>
        Records(table)
            .Where(r => r.Platform == 3 && r.Encoding is 1 or 10 && r.Language != 0x0409 && r.NameId is 1 or 16)
            .OrderBy(r => r.Language == SimplifiedChinese ? 0 : 1).ThenBy(r => r.NameId == 16 ? 0 : 1).ThenBy(r => r.Language)
            .Select(r => r.Text()).FirstOrDefault(t => t.Length > 0) ?? "";

    const int SimplifiedChinese = 0x0804;

    /// <summary>One record of a name table; <see cref="Text"/> decodes its string.</summary>
    readonly record struct NameRecord(byte[] Table, int Platform, int Encoding, int Language, int NameId, int Start, int Length)
    {
        public string Text() => (Platform == 1 ? System.Text.Encoding.Latin1 : System.Text.Encoding.BigEndianUnicode).GetString(Table, Start, Length).Trim();
    }

    /// <summary>The records of a name table whose strings lie inside it.</summary>
    static IEnumerable<NameRecord> Records(byte[] table)
    {
        if (table.Length < 6) yield break;
        int count = BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(2));
        int storage = BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(4));
        for (int r = 0; r < count; r++)
        {
            int at = 6 + 12 * r;
            if (at + 12 > table.Length) yield break;
            int U16(int field) => BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(at + field));
            int length = U16(8), offset = U16(10);
            if (storage + offset + length > table.Length) continue;
            yield return new NameRecord(table, U16(0), U16(2), U16(4), U16(6), storage + offset, length);
        }
    }

    /// <summary>Lower is better; −1 for records we cannot decode.</summary>
    static int Rank(int platform, int encoding, int language) => (platform, encoding) switch
    {
        (3, 1 or 10) when language == 0x0409 => 0, // Windows, Unicode, English (US)
        (3, 1 or 10) => 1,                         // Windows, Unicode, another language
        (0, _) => 2,                               // Unicode platform: UTF-16BE, no language
        (1, 0) when language == 0 => 3,            // Macintosh Roman, English: ASCII names
        _ => -1,
    };

    static byte[] ReadAt(Microsoft.Win32.SafeHandles.SafeFileHandle file, long offset, int length)
    {
        if (length <= 0) return [];
        var buffer = new byte[length];
        int read = RandomAccess.Read(file, buffer, offset);
        return read == length ? buffer : buffer[..read];
    }
}
