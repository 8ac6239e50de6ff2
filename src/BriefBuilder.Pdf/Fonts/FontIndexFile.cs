using System.Text;

namespace BriefBuilder.Pdf.Fonts;

/// <summary>
/// The faces of a font listing, kept in a file between runs: reading the names of every font on
/// the system was a tenth of a one-brief build, and the fonts rarely change between two builds.
/// The file holds the listing's stamp (<see cref="FontIndex.Stamp"/>: every font file by path,
/// size and time) and is used only while the stamp is the same. It may be deleted at any time.
/// </summary>
static class FontIndexFile
{
    // Raise when what the file holds, or how a face is read, changes: old files are then never read.
    const string Format = "brief-font-index-3";

    public static IReadOnlyList<FontFileFace>? Read(string path, string stamp)
    {
        string text;
        try { text = File.ReadAllText(path, Encoding.UTF8); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }

        // Format line, the stamp's length in characters and the stamp, then one face per line.
        var header = $"{Format}\n{stamp.Length}\n";
        if (!text.StartsWith(header, StringComparison.Ordinal) || text.Length < header.Length + stamp.Length + 1
            || string.CompareOrdinal(text, header.Length, stamp, 0, stamp.Length) != 0 || text[header.Length + stamp.Length] != '\n')
            return null;
        var faces = new List<FontFileFace>();
        foreach (var line in text[(header.Length + stamp.Length + 1)..].Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var f = line.Split('\t');
            if (f.Length != 8 || !int.TryParse(f[1], out var index)) return null;
            faces.Add(new FontFileFace(f[0], index, f[2], f[3], f[4], f[5], f[6], f[7].Length == 0 ? null : f[7]));
        }
        return faces;
    }

    public static void Write(string path, string stamp, IReadOnlyList<FontFileFace> faces)
    {
        var fields = faces.Select(f => new[] { f.Path, f.Index.ToString(System.Globalization.CultureInfo.InvariantCulture), f.Family, f.Style, f.LegacyFamily, f.LegacyStyle, f.LocalFamily, f.Damage ?? "" }).ToList();
        // A name with a tab or line break in it cannot be written this way: such a listing is read afresh each time.
        if (fields.Any(f => f.Any(v => v.Contains('\t') || v.Contains('\n')))) return;
        var text = new StringBuilder().Append(Format).Append('\n').Append(stamp.Length).Append('\n').Append(stamp).Append('\n');
        foreach (var f in fields) text.AppendJoin('\t', f).Append('\n');
        CacheFile.Write(path, Encoding.UTF8.GetBytes(text.ToString()));
    }
}
