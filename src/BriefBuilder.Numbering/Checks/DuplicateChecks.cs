using BriefBuilder.Model;
using static BriefBuilder.Numbering.Words;

namespace BriefBuilder.Numbering.Checks;

/// <summary>
/// dup-issue, dup-total: a 第N期 is used once a year and a 总第M期 once ever. Each repeat is
/// reported at the later file and names the first, so one message shows both places.
/// </summary>
static class DuplicateChecks
{
    public static IEnumerable<Diagnostic> Check(Series series)
    {
        foreach (var year in series.Years)
            foreach (var group in year.Briefs.GroupBy(b => b.Issue))
                foreach (var repeat in Repeats(group))
                    yield return new Diagnostic(repeat.File, repeat.Brief.LineOf("issue"), Severity.Error, "dup-issue",
                        $"{Issue(group.Key)} of {year.Year} is also used by {At(repeat.First, "issue")}",
                        "give one of the two briefs the next free 第N期 of the year");

        foreach (var group in series.Briefs.GroupBy(b => b.Total))
            foreach (var repeat in Repeats(group))
                yield return new Diagnostic(repeat.File, repeat.Brief.LineOf("total"), Severity.Error, "dup-total",
                    $"{Total(group.Key)} is also used by {At(repeat.First, "total")}",
                    "give one of the two briefs the next free 总第M期");
    }

    static IEnumerable<(string File, SeriesBrief Brief, SeriesBrief First)> Repeats(IEnumerable<SeriesBrief> same)
    {
        var byFile = same.OrderBy(b => b.File, StringComparer.Ordinal).ToList();
        return byFile.Skip(1).Select(b => (b.File, b, byFile[0]));
    }
}
