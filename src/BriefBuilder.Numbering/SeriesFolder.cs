using System.Text.RegularExpressions;
using BriefBuilder.Model;
using BriefBuilder.Source;

namespace BriefBuilder.Numbering;

/// <summary>
/// Reads an archive folder: the front matter of every brief under it (see <see cref="BriefFiles"/>) and the numbering
/// history in <c>series.yaml</c>. Unreadable files become diagnostics instead of stopping the
/// check, so one run reports every problem.
/// </summary>
public static partial class SeriesFolder
{
    public const string SeriesFile = "series.yaml";

    /// <param name="root">The folder as the user named it; reported paths start with it (content/2024/020.md).</param>
    /// <param name="readFrontMatter">The build's own front-matter reader, so check and build agree on what is valid.</param>
    public static (Series Series, IReadOnlyList<Diagnostic> ReadErrors) Load(string root, Func<string, FrontMatter> readFrontMatter)
    {
        var errors = new List<Diagnostic>();
        var briefs = new List<SeriesBrief>();
        if (!Directory.Exists(root))
            throw new DirectoryNotFoundException($"{root}: no such folder");
        foreach (var file in BriefFiles.Under(root))
        {
            try
            {
                var front = readFrontMatter(file);
                // A brief outside a year folder is counted in the year of its date, so that its
                // numbers are checked against the others; the placement rule reports where it lies.
                var year = FolderYear(root, file);
                briefs.Add(new SeriesBrief(file, year ?? front.Date.Year, front, InYearFolder: year is not null));
            }
            catch (SourceError e)
            {
                errors.Add(new Diagnostic(e.File, e.Line, Severity.Error, "front-matter", e.Message,
                    "fix the front matter; the brief's numbers are not checked until it reads"));
            }
        }

        var historyFile = Path.Join(root, SeriesFile);
        NumberingHistory history;
        try
        {
            history = NumberingHistoryReader.Read(historyFile);
        }
        catch (SourceError e)
        {
            errors.Add(new Diagnostic(e.File, e.Line, Severity.Error, "history", e.Message,
                "fix the numbering: section of series.yaml; gaps are reported as if it were empty"));
            history = NumberingHistory.Empty(historyFile);
        }
        return (Series.Of(briefs, history), Diagnostic.Sort(errors));
    }

    /// <summary>Reads the folder and runs every numbering check: read errors and numbering findings in one sorted list.</summary>
    public static IReadOnlyList<Diagnostic> Check(string root, Func<string, FrontMatter> readFrontMatter)
    {
        var (series, readErrors) = Load(root, readFrontMatter);
        return Diagnostic.Sort(readErrors.Concat(SeriesChecker.Check(series)));
    }

    /// <summary>The year of <c>root/&lt;year&gt;/file.md</c>; null for a brief anywhere else.</summary>
    static int? FolderYear(string root, string file)
    {
        var folder = Path.GetRelativePath(root, Path.GetDirectoryName(file)!);
        return YearFolder().IsMatch(folder) ? int.Parse(folder) : null;
    }

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex YearFolder();
}
