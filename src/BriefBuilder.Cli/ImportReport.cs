using System.Text;
using BriefBuilder.Import;

namespace BriefBuilder.Cli;

/// <summary>What brief import prints after the new brief's path: what it dropped and changed, for the editor to check.</summary>
public static class ImportReport
{
    public static string Text(ImportedArticle brief)
    {
        var s = brief.Summary;
        var text = new StringBuilder()
            .Append($"title: {brief.Title}\n");
        if (brief.Subtitle is { } subtitle) text.Append($"subtitle: {subtitle}\n");
        text.Append($"dropped {Count(s.Dropped.Count, "line")} that are not the article:\n");
        foreach (var (kind, line) in s.Dropped)
            text.Append($"    {kind}: {(line.Length > 40 ? line[..40] + "…" : line)}\n");
        text.Append($"joined {Count(s.LinesJoined, "broken line")} into {Count(s.Paragraphs, "paragraph")}; "
            + $"{Count(s.Headings, "heading")}; {Count(s.Captions, "figure caption")} kept as <!-- comments -->\n");
        if (s.Figures.Count > 0)
            text.Append($"made {Count(s.Figures.Count, "figure")} of the article's pictures, saved beside the brief ({string.Join(", ", s.Figures.Distinct())}); write a caption where it says （图题）\n");
        foreach (var missing in s.PicturesMissing)
            text.Append($"    picture not had, kept as a comment: {missing}\n");
        text.Append($"removed {Count(s.SpacesRemoved, "space")} beside Chinese text\n");
        var byCode = s.Fixes.GroupBy(f => f.Diagnostic.Code).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}");
        text.Append($"fixed {Count(s.Fixes.Count, "mark")} as brief lint --fix does: {string.Join(", ", byCode)}\n");
        return text.ToString();
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
