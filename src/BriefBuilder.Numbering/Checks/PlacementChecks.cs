using BriefBuilder.Model;
using static BriefBuilder.Numbering.Words;

namespace BriefBuilder.Numbering.Checks;

/// <summary>
/// year-folder, file-name: a brief lies where its numbers say, content/&lt;year&gt;/&lt;NNN&gt;.md,
/// so the archive can be browsed by number and `new` can tell which name is taken.
/// </summary>
static class PlacementChecks
{
    public static IEnumerable<Diagnostic> Check(Series series)
    {
        foreach (var b in series.Briefs)
        {
            if (!b.InYearFolder)
                yield return new Diagnostic(b.File, b.LineOf("date"), Severity.Error, "year-folder",
                    $"a brief lies outside the year folders, in {FilePaths.Display(Path.GetDirectoryName(b.File)!)}",
                    $"move it to {b.Date.Year}/{SeriesBrief.FileNameFor(b.Issue)}, or keep drafts outside the content folder");
            else if (b.Date.Year != b.FolderYear)
                yield return new Diagnostic(b.File, b.LineOf("date"), Severity.Error, "year-folder",
                    $"dated {Date(b.Date)}, but it lies in the folder of {b.FolderYear}",
                    $"fix the date, or move the brief to {b.Date.Year}/ and number it in {b.Date.Year}");

            var expected = SeriesBrief.FileNameFor(b.Issue);
            var actual = Path.GetFileName(b.File);
            if (actual != expected)
                yield return new Diagnostic(b.File, b.LineOf("issue"), Severity.Error, "file-name",
                    $"file name {actual} does not match {Issue(b.Issue)}",
                    $"rename the file to {expected}, or fix issue:");
        }
    }
}
