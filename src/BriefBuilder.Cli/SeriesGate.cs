using System.Collections.Concurrent;
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
        SeriesFolder.Check(contentRoot, ReadFrontMatter);

    public static (Series Series, IReadOnlyList<Diagnostic> ReadErrors) Load(string contentRoot) =>
        SeriesFolder.Load(contentRoot, ReadFrontMatter);

    /// <summary>
    /// Front matter already parsed, by file and a hash of its text. brief watch checks the numbering of the whole
    /// archive on every save; parsing a hundred briefs' YAML again each time took the second core
    /// from the rebuild for longer than the rebuild itself. Keyed by the text, not the file's time:
    /// two saves within one tick of the file-system clock must not leave a stale number checked.
    /// </summary>
    static readonly ConcurrentDictionary<string, (string Hash, FrontMatter? Front, SourceError? Error)> Parsed = new();

    static FrontMatter ReadFrontMatter(string path)
    {
        var text = SourceText.Read(path); // an unreadable file is reported as the build reports it
        var hash = ContentHash.Hex(text);
        if (Parsed.TryGetValue(path, out var kept) && kept.Hash == hash) return kept.Front ?? throw kept.Error!;
        try
        {
            var front = FrontMatterReader.Split(text, path).Front;
            Parsed[path] = (hash, front, null);
            return front;
        }
        catch (SourceError e)
        {
            Parsed[path] = (hash, null, e);
            throw;
        }
    }

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
