using BriefBuilder.Model;
using static BriefBuilder.Numbering.Words;

namespace BriefBuilder.Numbering.Checks;

/// <summary>
/// date-order: briefs are numbered as they are issued, so a later 总第 never has an earlier date.
/// Neighbours by 总第 are compared, which blames one brief per misplaced date.
/// </summary>
static class DateOrderCheck
{
    public static IEnumerable<Diagnostic> Check(Series series)
    {
        var byTotal = series.Briefs.OrderBy(b => b.Total).ThenBy(b => b.File, StringComparer.Ordinal).ToList();
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
