using BriefBuilder.Model;
using static BriefBuilder.Numbering.Words;

namespace BriefBuilder.Numbering.Checks;

/// <summary>
/// offset: within a year 总第 − 第 is the same for every brief (2024: 91 − 9 = 102 − 20 = 82).
/// The briefs that disagree with the year's majority are blamed, not the majority.
/// </summary>
static class OffsetCheck
{
    public static IEnumerable<Diagnostic> Check(Series series)
    {
        foreach (var year in series.Years)
        {
            // Null only for a year without briefs, which has none to blame.
            var witness = year.Witness!;
            foreach (var b in year.Briefs.Where(b => b.Offset != witness.Offset))
                yield return new Diagnostic(b.File, b.LineOf("total"), Severity.Error, "offset",
                    $"{Issue(b.Issue)}（{Total(b.Total)}）: 总第 − 第 is {b.Offset}, but {year.Year} has {witness.Offset} "
                    + $"({Issue(witness.Issue)}（{Total(witness.Total)}）, {At(witness, "total")})",
                    $"make it {Total(b.Issue + witness.Offset)}, or fix issue: if the 总第 is right");
        }
    }
}
