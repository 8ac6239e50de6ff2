using System.Globalization;
using System.Text;

namespace BriefBuilder.Source;

/// <summary>
/// A brief as it was handed on: its numbers, date, title (its lines, where the editor broke it),
/// recipients, PDF name and the PDF's SHA-256.
/// </summary>
public sealed record PublishedBrief(int Year, int Issue, int Total, DateOnly Date, IReadOnlyList<string> TitleLines, IReadOnlyList<string> Recipients, string Pdf, string Sha256)
{
    /// <summary>The title on one line, as a message quotes it.</summary>
    public string Title => string.Join(" ", TitleLines);
}

/// <summary>
/// <c>content/published.yaml</c>: every brief <c>brief publish</c> handed on, keyed by 总第, kept
/// under version control so that what went out is on record and is never silently replaced.
/// </summary>
public static class PublishedRecord
{
    public const string FileName = "published.yaml";

    public static SortedDictionary<int, PublishedBrief> Read(string path)
    {
        var record = new SortedDictionary<int, PublishedBrief>();
        if (!File.Exists(path)) return record;
        var m = YamlMapping.Parse(SourceText.Read(path), path);
        foreach (var key in m.Keys)
        {
            if (!int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var total))
                throw m.ErrorAt(key, $"'{key}' is not a 总第 number; each entry is keyed by its 总第");
            var e = m.Mapping(key);
            e.RejectUnknownKeys(["year", "issue", "date", "title", "recipients", "pdf", "sha256"]);
            var sha = e.String("sha256", "the PDF's SHA-256");
            if (sha.Length != 64 || !sha.All(char.IsAsciiHexDigitLower))
                throw e.ErrorAt("sha256", $"'sha256' must be the PDF's SHA-256 as brief publish wrote it, 64 characters 0-9 a-f, not '{sha}' ({sha.Length} characters); restore the line from version control");
            record[total] = new PublishedBrief(e.Int("year", "the year"), e.Int("issue", "第N期"), total, e.Date("date"),
                e.OptionalLines("title") ?? throw e.Missing("title", "the title, or its lines"), e.OptionalList("recipients") ?? [], e.String("pdf", "the PDF's file name"), sha);
        }
        return record;
    }

    /// <summary>The record as YAML, entries by 总第: the same record always gives the same bytes.</summary>
    public static string Write(IEnumerable<PublishedBrief> briefs)
    {
        var y = new StringBuilder("# What `brief publish` handed on, by 总第, with the SHA-256 of each PDF. Written by\n# brief publish; keep it under version control. Publishing a number again needs --again.\n");
        foreach (var b in briefs.OrderBy(b => b.Total))
        {
            y.Append(CultureInfo.InvariantCulture, $"{b.Total}:\n  year: {b.Year}\n  issue: {b.Issue}\n  date: {b.Date:yyyy-MM-dd}\n");
            // A title of several lines is the list of its lines, as a brief's front matter writes it.
            var title = b.TitleLines.Count == 1 ? Quote(b.TitleLines[0]) : $"[{string.Join(", ", b.TitleLines.Select(Quote))}]";
            y.Append($"  title: {title}\n  recipients: [{string.Join(", ", b.Recipients.Select(Quote))}]\n");
            y.Append($"  pdf: {Quote(b.Pdf)}\n  sha256: {b.Sha256}\n");
        }
        return y.ToString();
    }

    static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
