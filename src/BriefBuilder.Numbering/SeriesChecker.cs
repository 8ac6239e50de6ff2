using BriefBuilder.Numbering.Rules;

namespace BriefBuilder.Numbering;

/// <summary>Runs every numbering rule over a series and returns the findings in report order.</summary>
public static class SeriesChecker
{
    public static IReadOnlyList<Diagnostic> Check(Series series) =>
        Diagnostic.Sort(
            DuplicateRules.Check(series)
                .Concat(OffsetRule.Check(series))
                .Concat(DateOrderRule.Check(series))
                .Concat(PlacementRules.Check(series))
                .Concat(YearChainRule.Check(series))
                .Concat(GapRule.Check(series)));

    public static IReadOnlyList<Diagnostic> Check(IEnumerable<SeriesBrief> briefs, NumberingHistory history) =>
        Check(Series.Of(briefs, history));
}
