using BriefBuilder.Model;
using static BriefBuilder.Numbering.Words;

namespace BriefBuilder.Numbering.Checks;

/// <summary>
/// date-order: briefs are numbered as they are issued, so a later 总第 never has an earlier date.
/// Neighbours by 总第 are compared, which blames one brief per misplaced date. Briefs sharing a
/// 总第 (a dup-total, reported as such) stand latest date first: the 总第 before them is compared
/// with the latest, the 总第 after them with the earliest, so whichever of them is renumbered,
/// no date-order error is reported that the fix would undo.
/// </summary>
static class DateOrderCheck
{
    public static IEnumerable<Diagnostic> Check(Series series)
    {
        // A stable sort of briefs in file order: ties of 总第 and date stay in file order.
        var byTotal = series.Briefs.OrderBy(b => b.Total).ThenByDescending(b => b.Date).ToList();
        foreach (var (before, b) in byTotal.Zip(byTotal.Skip(1)))
        {
            // Equal totals are a dup-total; their dates say nothing about order.
            if (before.Total == b.Total || b.Date >= before.Date)
                continue;
            yield return new Diagnostic(b.File, b.LineOf("date"), Severity.Error, "date-order",
                $"{Total(b.Total)} is dated {Date(b.Date)}, before {Total(before.Total)} of {Date(before.Date)} ({At(before, "date")})",
                "fix the date, or the numbers if the briefs were issued the other way round");
        }
    }
}
