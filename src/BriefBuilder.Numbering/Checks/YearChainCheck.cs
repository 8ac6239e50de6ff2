using BriefBuilder.Model;
using static BriefBuilder.Numbering.Words;

namespace BriefBuilder.Numbering.Checks;

/// <summary>
/// year-start, year-end, year-missing, gap-total, history: 总第 runs on across years, so each year's 第1期 is
/// the 总第 after the previous year's last. Where the archive lacks a year's start or end,
/// series.yaml says where numbering stood, and the archive must agree with it.
/// </summary>
static class YearChainCheck
{
    public static IEnumerable<Diagnostic> Check(Series series)
    {
        var history = series.History;
        YearNumbering? previous = null;
        foreach (var year in series.Years)
        {
            foreach (var d in AgainstHistory(year, history))
                yield return d;
            if (previous is not null && year.Year > previous.Year + 1)
                yield return YearsMissing(previous, year, history);
            // Plain null checks, no pattern variables: the mutation tests cannot compile mutants of those here.
            var offset = year.Offset;
            var chain = offset is null ? null
                : previous is null ? FromStart(year, offset.Value, history) : AfterPrevious(year, offset.Value, previous, history);
            if (chain is not null)
                yield return chain;
            previous = year;
        }
    }

    /// <summary>The archive's briefs of a year must fit what series.yaml records for it.</summary>
    static IEnumerable<Diagnostic> AgainstHistory(YearNumbering year, NumberingHistory history)
    {
        // Written without `is not { } h`: Stryker cannot compile its mutants of such a method.
        var h = year.History;
        if (h is null)
            yield break;
        if (year.Briefs.Count == 0 && h.FirstTotal is null)
            yield return new Diagnostic(history.File, h.Line, Severity.Error, "history",
                $"the archive holds no brief of {year.Year}, so its numbers are unknown",
                $"give first_total: (总第 of {year.Year}'s 第1期) for {year.Year}");
        var (w, firstTotal) = (year.Witness, h.FirstTotal);
        if (w is not null && firstTotal is not null && firstTotal - 1 != w.Offset)
            yield return new Diagnostic(w.File, w.LineOf("total"), Severity.Error, "year-start",
                $"{Issue(w.Issue)}（{Total(w.Total)}） puts {year.Year}'s 第1期 at {Total(w.Offset + 1)}, "
                + $"but {At(history, h.FirstTotalLine!.Value)} records {Total(firstTotal.Value)}",
                $"make it {Total(firstTotal.Value - 1 + w.Issue)}, or fix first_total: for {year.Year} in series.yaml");
        var (last, highest) = (h.LastIssue, year.Briefs.LastOrDefault());
        if (last is not null && highest is not null && highest.Issue > last)
            yield return new Diagnostic(highest.File, highest.LineOf("issue"), Severity.Error, "year-end",
                $"{Issue(highest.Issue)} is past {year.Year}'s last issue, {Issue(last.Value)}, recorded at {At(history, h.LastIssueLine!.Value)}",
                $"fix issue:, or raise last_issue: for {year.Year} in series.yaml");
    }

    /// <summary>The first year of the archive: 总第 before it is known only from first_total.</summary>
    static Diagnostic? FromStart(YearNumbering year, int offset, NumberingHistory history)
    {
        if (year.History?.FirstTotal is not null || offset <= 0)
            return null;
        var (file, line) = Place(year, history);
        return new Diagnostic(file, line, Severity.Warning, "gap-total",
            $"{Totals(1, offset)}, before {year.Year}, {(offset == 1 ? "is" : "are")} not in the archive",
            $"record where the series stood: numbering: {year.Year}: first_total: {offset + 1} in series.yaml");
    }

    static Diagnostic? AfterPrevious(YearNumbering year, int offset, YearNumbering previous, NumberingHistory history)
    {
        // A year recorded only by first_total has no known end. LastTotal is known only with Offset.
        // (Not `is not { } previousLast`: the mutation tests cannot compile mutants of such a method.)
        if (previous.LastTotal is null)
            return null;
        var (previousLast, previousOffset) = (previous.LastTotal.Value, previous.Offset!.Value);
        var first = offset + 1;
        if (first == previousLast + 1)
            return null;
        var (file, line) = Place(year, history);
        if (first <= previousLast || previous.LastIssueRecorded)
            return new Diagnostic(file, line, Severity.Error, "year-start",
                $"{StartedBy(year, history)} puts {year.Year}'s 第1期 at {Total(first)}, "
                + $"but {previous.Year} ended with {Total(previousLast)} ({EndedBy(previous, history)})",
                $"{year.Year}'s 第1期 must be {Total(previousLast + 1)}: fix 总第 in {year.Year}"
                + (previous.LastIssueRecorded ? $", or last_issue: for {previous.Year} in series.yaml" : ""));
        // The archive may simply lack the end of the previous year: say what series.yaml should record.
        return new Diagnostic(file, line, Severity.Warning, "gap-total",
            $"{Totals(previousLast + 1, first - 1)}, between {previous.Year} and {year.Year}, {(first - 1 == previousLast + 1 ? "is" : "are")} not in the archive",
            $"if {previous.Year} ran to {Issue(first - 1 - previousOffset)}, record numbering: {previous.Year}: last_issue: {first - 1 - previousOffset} in series.yaml");
    }

    /// <summary>
    /// A year between two of the archive's that has neither a brief nor a record in series.yaml.
    /// The totals cannot show it when they run on unbroken (a brief dated a year too late, as
    /// `brief import` without --date did), so a year the archive lacks is recorded in series.yaml.
    /// </summary>
    static Diagnostic YearsMissing(YearNumbering previous, YearNumbering year, NumberingHistory history)
    {
        var (from, to) = (previous.Year + 1, year.Year - 1);
        var years = Years(from, to);
        (string File, int Line) at = year.Briefs.Count > 0
            ? (year.Briefs[0].File, year.Briefs[0].LineOf("date"))
            : (history.File, year.History!.Line);
        return new Diagnostic(at.File, at.Line, Severity.Error, "year-missing",
            $"the archive holds no brief of {years}, between {previous.Year} and {year.Year}, and series.yaml records nothing for {years}",
            $"if the brief belongs to {previous.Year}, fix its date and move it there; "
            + $"else record where numbering stood: numbering: {from}: first_total:, last_issue: and missing: in series.yaml");
    }

    static (string File, int Line) Place(YearNumbering year, NumberingHistory history)
    {
        var w = year.Witness;
        return w is not null ? (w.File, w.LineOf("total")) : (history.File, year.History!.FirstTotalLine!.Value);
    }

    static string StartedBy(YearNumbering year, NumberingHistory history)
    {
        var w = year.Witness;
        return w is not null ? $"{Issue(w.Issue)}（{Total(w.Total)}）" : At(history, year.History!.FirstTotalLine!.Value);
    }

    static string EndedBy(YearNumbering year, NumberingHistory history) =>
        year.LastIssueRecorded ? At(history, year.History!.LastIssueLine!.Value) : At(year.Briefs[^1], "total");
}
