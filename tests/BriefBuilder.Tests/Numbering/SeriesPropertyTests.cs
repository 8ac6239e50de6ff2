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

    [Fact]
    public void The_next_brief_keeps_the_series_clean() =>
        Gen.Select(RandomSeries.Valid, Gen.Int[0, 500]).Sample((series, daysLater) =>
        {
            var (briefs, history) = series;
            var date = briefs.Max(b => b.Date).AddDays(daysLater);
            var next = NextBrief.NumbersFor(Series.Of(briefs, history), date);
            var grown = briefs.Append(InMemory.Brief(next.Issue, next.Total, date));
            Assert.Empty(SeriesChecker.Check(grown, history));
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
