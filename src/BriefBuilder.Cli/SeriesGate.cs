using BriefBuilder.Cli.Building;
using BriefBuilder.Model;
using BriefBuilder.Numbering;
using BriefBuilder.Source;

namespace BriefBuilder.Cli;

/// <summary>
/// The numbering check as check, new and build share it: the archive read with the build's own
/// front-matter reader, so a brief the build would reject is an error here too.
/// </summary>
public static class SeriesGate
{
    public static IReadOnlyList<Diagnostic> Check(string contentRoot) =>
        SeriesFolder.Check(contentRoot, BriefReader.ReadFrontMatter);

    public static (Series Series, IReadOnlyList<Diagnostic> ReadErrors) Load(string contentRoot) =>
        SeriesFolder.Load(contentRoot, BriefReader.ReadFrontMatter);

    /// <summary>
    /// For build: the numbering errors of every archive that holds one of <paramref name="inputs"/>.
    /// Warnings are left to <c>brief check</c>; a gap must not stop a build. A brief whose front
    /// matter cannot be read is reported by the build itself, which still builds the others.
    /// </summary>
    public static IReadOnlyList<Diagnostic> ErrorsFor(IEnumerable<string> inputs)
    {
        var roots = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs.Where(i => File.Exists(i) || Directory.Exists(i)))
        {
            try
            {
                roots.Add(ContentFolder.Relative(ContentFolder.Containing(input).Root));
            }
            catch (SourceError)
            {
                // No readable series.yaml: the build reports that for each brief itself.
            }
        }
        return Diagnostic.Sort(roots.SelectMany(Check).Where(d => d.Severity == Severity.Error && d.Code != "front-matter"));
    }
}
