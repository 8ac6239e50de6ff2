using BriefBuilder.Model;
using BriefBuilder.Numbering;

namespace BriefBuilder.Tests.Numbering;

/// <summary>Series built in memory, for tests that run the rules many times without touching disk.</summary>
static class InMemory
{
    /// <summary>Front-matter key lines as a brief written in the usual key order has them.</summary>
    static readonly IReadOnlyDictionary<string, int> Lines = new Dictionary<string, int>
    {
        ["issue"] = 2, ["total"] = 3, ["date"] = 4, ["recipients"] = 5, ["title"] = 6, ["editor"] = 7, ["phone"] = 8,
    };

    public static SeriesBrief Brief(int issue, int total, DateOnly date, int? folderYear = null, string? file = null)
    {
        var year = folderYear ?? date.Year;
        var front = new FrontMatter(issue, total, date, ["刘小涛书记", "王颺秘书长"], ["题目"], null, "柴永鹏", "18896954159", null, Lines);
        return new SeriesBrief(file ?? $"content/{year}/{SeriesBrief.FileNameFor(issue)}", year, front);
    }

    public static NumberingHistory History(params YearHistory[] years) =>
        new("content/series.yaml", years.ToDictionary(y => y.Year));

    public static YearHistory Year(int year, int? firstTotal = null, int? lastIssue = null, IEnumerable<int>? missing = null) =>
        new(year, 10, firstTotal, firstTotal is null ? null : 11, lastIssue, lastIssue is null ? null : 12, (missing ?? []).ToHashSet());
}
