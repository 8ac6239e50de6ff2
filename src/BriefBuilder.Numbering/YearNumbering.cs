namespace BriefBuilder.Numbering;

/// <summary>
/// One year of the series as the archive and series.yaml together describe it.
/// <see cref="Briefs"/> are those in the year's folder, by 第N期.
/// </summary>
public sealed record YearNumbering(int Year, IReadOnlyList<SeriesBrief> Briefs, YearHistory? History)
{
    /// <summary>
    /// 总第 − 第 for the year: the one most of its briefs agree on (ties go to the lowest 第N期),
    /// so a single mistyped brief is the one blamed; from first_total when the archive has none.
    /// </summary>
    public int? Offset => Witness?.Offset ?? History?.FirstTotal - 1;

    /// <summary>The first brief (by 第N期) that carries <see cref="Offset"/>; cited when the offset is questioned.</summary>
    public SeriesBrief? Witness =>
        Briefs.GroupBy(b => b.Offset)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Min(b => b.Issue))
            .Select(g => g.First())
            .FirstOrDefault();

    public int? MaxIssueInArchive => Briefs.Count > 0 ? Briefs.Max(b => b.Issue) : (int?)null;

    /// <summary>The year's last 第N期: recorded in series.yaml, or else the highest the archive holds.</summary>
    public int? LastIssue => History?.LastIssue ?? MaxIssueInArchive;

    /// <summary>True when series.yaml says the year ended at <see cref="LastIssue"/>; otherwise later briefs may be missing.</summary>
    public bool LastIssueRecorded => History?.LastIssue is not null;

    public int? LastTotal => Offset + LastIssue;

    /// <summary>Groups briefs by the folder they lie in and joins the years series.yaml records, oldest first.</summary>
    public static IReadOnlyList<YearNumbering> Of(IEnumerable<SeriesBrief> briefs, NumberingHistory history)
    {
        var byYear = briefs.ToLookup(b => b.FolderYear);
        return byYear.Select(g => g.Key)
            .Union(history.Years.Keys)
            .Order()
            .Select(y => new YearNumbering(
                y,
                byYear[y].OrderBy(b => b.Issue).ThenBy(b => b.File, StringComparer.Ordinal).ToList(),
                history.For(y)))
            .ToList();
    }
}
