namespace BriefBuilder.Numbering;

/// <summary>Everything the numbering checks look at: the briefs (by file), the years they make, the recorded history.</summary>
public sealed record Series(IReadOnlyList<SeriesBrief> Briefs, IReadOnlyList<YearNumbering> Years, NumberingHistory History)
{
    public static Series Of(IEnumerable<SeriesBrief> briefs, NumberingHistory history)
    {
        var sorted = briefs.OrderBy(b => b.File, StringComparer.Ordinal).ToList();
        return new Series(sorted, YearNumbering.Of(sorted, history), history);
    }

    /// <summary>The year that comes last: where the next brief continues. A series with a brief has one.</summary>
    public YearNumbering Latest => Years[^1];
}
