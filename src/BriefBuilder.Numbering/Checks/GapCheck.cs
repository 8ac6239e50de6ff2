using BriefBuilder.Model;
using static BriefBuilder.Numbering.Words;

namespace BriefBuilder.Numbering.Checks;

/// <summary>
/// gap-issue: 第N期 that a year should have (1 up to its last) but the archive lacks. Only a
/// warning, since the archive may be partial; series.yaml's missing: silences the known ones.
/// </summary>
static class GapCheck
{
    public static IEnumerable<Diagnostic> Check(Series series)
    {
        foreach (var year in series.Years.Where(y => y.Briefs.Count > 0))
        {
            var present = year.Briefs.Select(b => b.Issue).ToHashSet();
            var known = year.History?.Missing ?? new HashSet<int>();
            var absent = Enumerable.Range(1, year.LastIssue!.Value).Where(n => !present.Contains(n) && !known.Contains(n));
            foreach (var (from, to) in Runs(absent))
            {
                // Blame the brief after the gap; a gap at the end exists only because series.yaml set last_issue.
                var next = year.Briefs.FirstOrDefault(b => b.Issue > to);
                // A typed tuple, not a deconstruction: mutants of a deconstruction's value do not compile.
                (string File, int Line) at = next is not null
                    ? (next.File, next.LineOf("issue"))
                    : (series.History.File, year.History!.LastIssueLine!.Value);
                var list = from == to ? $"{from}" : $"{from}-{to}";
                yield return new Diagnostic(at.File, at.Line, Severity.Warning, "gap-issue",
                    $"{Issues(from, to)} of {year.Year} {(from == to ? "is" : "are")} not in the archive",
                    $"add {(from == to ? "it" : "them")}, or list {list} under numbering: {year.Year}: missing: in series.yaml");
            }
        }
    }
}
