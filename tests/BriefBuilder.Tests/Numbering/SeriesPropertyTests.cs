using BriefBuilder.Model;
using BriefBuilder.Numbering;
using CsCheck;

namespace BriefBuilder.Tests.Numbering;

public class SeriesPropertyTests
{
    [Fact]
    public void A_valid_series_checks_clean() =>
        RandomSeries.Valid.Sample((briefs, history) =>
            Assert.Empty(SeriesChecker.Check(briefs, history)));

    /// <summary>
    /// `new` numbers a brief of the latest year (unless series.yaml says it has ended) or of the
    /// next, and the series stays clean; a date past the next year would leave a year without a
    /// brief, and is refused.
    /// </summary>
    [Fact]
    public void The_next_brief_keeps_the_series_clean() =>
        Gen.Select(RandomSeries.Valid, Gen.Int[0, 800]).Sample((series, daysLater) =>
        {
            var (briefs, history) = series;
            var date = briefs.Max(b => b.Date).AddDays(daysLater);
            var whole = Series.Of(briefs, history);
            var latest = whole.Latest;
            if (date.Year > latest.Year + 1 || date.Year == latest.Year && latest.LastIssueRecorded)
            {
                Assert.Throws<NumberingException>(() => NextBrief.NumbersFor(whole, date));
                return;
            }
            var next = NextBrief.NumbersFor(whole, date);
            Assert.Equal(date.Year, next.Year);
            var grown = briefs.Append(InMemory.Brief(next.Issue, next.Total, date));
            Assert.Empty(SeriesChecker.Check(grown, history));
        });

    /// <summary>
    /// Every warning's hint, done as it says (a missing: range, a first_total:, a last_issue:
    /// recorded in series.yaml), leaves `brief check` clean: the hints propose the right numbers.
    /// The series is checked with no history at all, then the hints are followed round by round.
    /// </summary>
    [Fact]
    public void Following_the_hints_of_the_gap_warnings_makes_the_series_clean() =>
        RandomSeries.Valid
            // A year with no brief left in the middle is a year-missing error, whose hint cannot say the numbers.
            .Where(s => s.Briefs.Select(b => b.Date.Year).Distinct().Count() == s.Briefs.Max(b => b.Date.Year) - s.Briefs.Min(b => b.Date.Year) + 1)
            .Sample(series =>
            {
                var records = new Dictionary<int, (int? First, int? Last, HashSet<int> Missing)>();
                NumberingHistory History() => InMemory.History(records.Select(r => InMemory.Year(r.Key, r.Value.First, r.Value.Last, r.Value.Missing)).ToArray());
                for (var round = 0; round < 3; round++)
                {
                    var findings = SeriesChecker.Check(series.Briefs, History());
                    Assert.All(findings, d => Assert.Equal(Severity.Warning, d.Severity));
                    foreach (var d in findings)
                        Follow(d.Hint, records);
                }
                Assert.Empty(SeriesChecker.Check(series.Briefs, History()));
            });

    static void Follow(string hint, Dictionary<int, (int? First, int? Last, HashSet<int> Missing)> records)
    {
        var m = System.Text.RegularExpressions.Regex.Match(hint,
            @"list (?<from>\d+)(?:-(?<to>\d+))? under numbering: (?<year>\d+): missing:|numbering: (?<year>\d+): first_total: (?<first>\d+)|numbering: (?<year>\d+): last_issue: (?<last>\d+)");
        Assert.True(m.Success, $"a hint that says no number to record: {hint}");
        var year = int.Parse(m.Groups["year"].Value);
        var r = records.TryGetValue(year, out var known) ? known : (null, null, []);
        if (m.Groups["from"].Success)
        {
            var from = int.Parse(m.Groups["from"].Value);
            var to = m.Groups["to"].Success ? int.Parse(m.Groups["to"].Value) : from;
            r.Missing.UnionWith(Enumerable.Range(from, to - from + 1));
        }
        if (m.Groups["first"].Success) r.First = int.Parse(m.Groups["first"].Value);
        if (m.Groups["last"].Success) r.Last = int.Parse(m.Groups["last"].Value);
        records[year] = r;
    }

    /// <summary>A brief whose 总第 is off by a few, in a year of three or more: the offset hint gives its right 总第 back.</summary>
    [Fact]
    public void The_offset_hint_proposes_the_total_the_rest_of_the_year_agrees_on() =>
        Gen.Select(RandomSeries.Valid, Gen.Int[0, 1000], Gen.Int[1, 3], Gen.Bool)
            .Where(t => t.Item1.Briefs.GroupBy(b => b.Date.Year).Any(y => y.Count() >= 3))
            .Sample((series, pick, by, down) =>
            {
                var year = series.Briefs.GroupBy(b => b.Date.Year).Where(y => y.Count() >= 3).First().ToList();
                var wrong = year[pick % year.Count];
                var moved = wrong with { Front = wrong.Front with { Total = wrong.Total + (down ? -by : by) } };
                var findings = SeriesChecker.Check(series.Briefs.Select(b => b == wrong ? moved : b), series.History);
                var offset = Assert.Single(findings, d => d.Code == "offset");
                Assert.Equal(wrong.File, offset.File);
                Assert.StartsWith($"make it 总第{wrong.Total}期,", offset.Hint);
            });

    /// <summary>
    /// A year whose 总第 are all shifted: its start disagrees with first_total (the first year) or
    /// with the previous year's end, and the year-start hint names the 总第 the shift took away.
    /// </summary>
    [Fact]
    public void The_year_start_hint_proposes_the_year_s_own_total() =>
        Gen.Select(RandomSeries.Valid, Gen.Int[0, 1000], Gen.Int[1, 3])
            .Sample((series, pick, by) =>
            {
                var years = series.Briefs.GroupBy(b => b.Date.Year).ToList();
                var year = years[pick % years.Count].ToList();
                var first = year.Min(b => b.Date.Year) == series.Briefs.Min(b => b.Date.Year);
                if (first && series.History.For(year[0].Date.Year)?.FirstTotal is null)
                    return; // nothing records where the archive's first year starts
                var shifted = series.Briefs.Select(b => year.Contains(b) ? b with { Front = b.Front with { Total = b.Total - by } } : b);
                var findings = SeriesChecker.Check(shifted, series.History);
                var witness = year.MinBy(b => b.Issue)!;
                var start = Assert.Single(findings, d => d.Code == "year-start" && d.File == witness.File);
                var proposed = first ? $"make it 总第{witness.Total}期," : $"must be 总第{witness.Total - witness.Issue + 1}期:";
                Assert.Contains(proposed, start.Hint);
            });

    public enum Field { Issue, Total, Date }

    [Fact]
    public void Swapping_two_numbers_or_dates_breaks_the_series() =>
        Gen.Select(RandomSeries.Valid, Gen.Int[0, 1000], Gen.Int[0, 1000], Gen.Enum<Field>())
            .Where(t => t.Item1.Briefs.Count >= 2)
            .Sample((series, i, j, field) =>
            {
                var briefs = series.Briefs;
                var (a, b) = (briefs[i % briefs.Count], briefs[j % briefs.Count]);
                if (a == b || Value(a, field).Equals(Value(b, field)))
                    return; // nothing would change
                var swapped = briefs.Select(x => x == a ? With(a, b, field) : x == b ? With(b, a, field) : x);
                Assert.Contains(SeriesChecker.Check(swapped, series.History), d => d.Severity == Severity.Error);
            });

    [Fact]
    public void Repeating_a_number_of_another_brief_names_both_files() =>
        Gen.Select(RandomSeries.Valid, Gen.Int[0, 1000], Gen.Int[0, 1000])
            .Where(t => t.Item1.Briefs.Count >= 2)
            .Sample((series, i, j) =>
            {
                var briefs = series.Briefs;
                var (from, to) = (briefs[i % briefs.Count], briefs[j % briefs.Count]);
                if (from == to)
                    return;
                var copied = briefs.Select(x => x == to ? With(to, from, Field.Total) : x);
                Assert.Contains(SeriesChecker.Check(copied, series.History),
                    d => d.Code == "dup-total" && (d.File == from.File && d.Message.Contains(to.File) || d.File == to.File && d.Message.Contains(from.File)));
            });

    static object Value(SeriesBrief b, Field f) => f switch
    {
        Field.Issue => b.Issue,
        Field.Total => b.Total,
        _ => b.Date,
    };

    /// <summary><paramref name="target"/> with one field taken from <paramref name="source"/>; file and folder stay.</summary>
    static SeriesBrief With(SeriesBrief target, SeriesBrief source, Field f) => target with
    {
        Front = f switch
        {
            Field.Issue => target.Front with { Issue = source.Issue },
            Field.Total => target.Front with { Total = source.Total },
            _ => target.Front with { Date = source.Date },
        },
    };
}
