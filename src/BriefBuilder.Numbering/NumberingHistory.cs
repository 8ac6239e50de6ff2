namespace BriefBuilder.Numbering;

/// <summary>
/// What <c>content/series.yaml</c> records about numbering the archive cannot show:
/// where a year began and ended, and which of its briefs the archive lacks on purpose.
/// </summary>
public sealed record NumberingHistory(string File, IReadOnlyDictionary<int, YearHistory> Years)
{
    public static NumberingHistory Empty(string file) => new(file, new Dictionary<int, YearHistory>());

    public YearHistory? For(int year) => Years.GetValueOrDefault(year);
}

/// <param name="Line">Line of the year's key in series.yaml, for diagnostics that blame the record.</param>
/// <param name="FirstTotal">总第 of the year's 第1期, when the archive does not start from the series' beginning.</param>
/// <param name="LastIssue">The year's last 第N期, when the archive lacks the end of the year.</param>
/// <param name="Missing">第N期 known to be absent from the archive, so their gaps are not reported.</param>
public sealed record YearHistory(
    int Year,
    int Line,
    int? FirstTotal,
    int? FirstTotalLine,
    int? LastIssue,
    int? LastIssueLine,
    IReadOnlySet<int> Missing);
