using System.Text;

namespace BriefBuilder.Source;

/// <summary>
/// Text as the bytes of a file the editor saved: UTF-8, with that file's line ends and byte-order
/// mark. <see cref="SourceText.Read"/> makes every line end \n; writing back, each line gets the
/// end its line had, so a CRLF file stays CRLF and a mixed one stays as mixed as it was.
/// </summary>
public static class TextBytes
{
    static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    public static byte[] Like(byte[] old, string text)
    {
        var ends = LineEnds(old);
        // A line the old file did not have takes the file's most common end.
        var usual = ends.GroupBy(e => e).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault() ?? "\n";
        var lines = text.Split('\n');
        var result = new StringBuilder(text.Length + lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            result.Append(lines[i]);
            if (i < lines.Length - 1) result.Append(i < ends.Count ? ends[i] : usual);
        }
        var bytes = new UTF8Encoding(false).GetBytes(result.ToString());
        return old.AsSpan().StartsWith(Bom) ? [.. Bom, .. bytes] : bytes;
    }

    /// <summary>Each line end of the file in order: "\r\n", "\n" or "\r".</summary>
    static List<string> LineEnds(byte[] bytes)
    {
        var ends = new List<string>();
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == '\n') ends.Add("\n");
            else if (bytes[i] == '\r')
            {
                if (i + 1 < bytes.Length && bytes[i + 1] == '\n') { ends.Add("\r\n"); i++; }
                else ends.Add("\r");
            }
        }
        return ends;
    }
}
