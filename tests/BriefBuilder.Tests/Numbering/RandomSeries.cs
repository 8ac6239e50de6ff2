using BriefBuilder.Numbering;
using CsCheck;

namespace BriefBuilder.Tests.Numbering;

/// <summary>
/// Generates valid series: consecutive years of briefs numbered without error, dated in order,
/// some of them left out of the archive with series.yaml recording exactly what is left out.
/// </summary>
static class RandomSeries
{
    sealed record Planned(int Year, int Issue, int Total, DateOnly Date, bool InArchive);

    public static readonly Gen<(List<SeriesBrief> Briefs, NumberingHistory History)> Valid =
        from firstYear in Gen.Int[2015, 2030]
        from totalBefore in Gen.Int[0, 60]
        from counts in Gen.Int[1, 6].Array[1, 3]
        from dayGaps in Gen.Int[1, 40].Array[counts.Sum()]
        from dropped in Gen.Bool.Array[counts.Sum()]
        from recordEnds in Gen.Bool.Array[counts.Length]
        select Build(firstYear, totalBefore, counts, dayGaps, dropped, recordEnds);

    /// <param name="recordEnds">Per year: record last_issue even when the archive holds the year's last brief.</param>
    static (List<SeriesBrief>, NumberingHistory) Build(int firstYear, int totalBefore, int[] counts, int[] dayGaps, bool[] dropped, bool[] recordEnds)
    {
        var plan = new List<Planned>();
        var total = totalBefore;
        for (var y = 0; y < counts.Length; y++)
        {
            var date = new DateOnly(firstYear + y, 1, 1);
            for (var issue = 1; issue <= counts[y]; issue++)
            {
                date = date.AddDays(dayGaps[plan.Count]);
                // The series' latest brief is always kept: `new` continues from it.
                var kept = !dropped[plan.Count] || plan.Count == dropped.Length - 1;
                plan.Add(new Planned(firstYear + y, issue, ++total, date, kept));
            }
        }

        var history = plan.GroupBy(p => p.Year).Select(year =>
        {
            var kept = year.Where(p => p.InArchive).ToList();
            var first = year.First();
            var last = year.Last();
            var recordFirst = (first.Year == firstYear && totalBefore > 0) || kept.Count == 0;
            return InMemory.Year(year.Key,
                firstTotal: recordFirst ? first.Total : null,
                lastIssue: last.InArchive && !recordEnds[year.Key - firstYear] ? null : last.Issue,
                missing: year.Where(p => !p.InArchive).Select(p => p.Issue));
        });
        var briefs = plan.Where(p => p.InArchive).Select(p => InMemory.Brief(p.Issue, p.Total, p.Date)).ToList();
        return (briefs, InMemory.History(history.ToArray()));
    }
}
