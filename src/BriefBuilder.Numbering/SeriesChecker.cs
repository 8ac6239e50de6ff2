using BriefBuilder.Model;
using BriefBuilder.Numbering.Checks;

namespace BriefBuilder.Numbering;

/// <summary>Runs every numbering check over a series and returns the findings in report order.</summary>
public static class SeriesChecker
{
    public static IReadOnlyList<Diagnostic> Check(Series series) =>
        Diagnostic.Sort(
            DuplicateChecks.Check(series)
                .Concat(OffsetCheck.Check(series))
                .Concat(DateOrderCheck.Check(series))
                .Concat(PlacementChecks.Check(series))
                .Concat(YearChainCheck.Check(series))
                .Concat(GapCheck.Check(series)));

    public static IReadOnlyList<Diagnostic> Check(IEnumerable<SeriesBrief> briefs, NumberingHistory history) =>
        Check(Series.Of(briefs, history));
}
