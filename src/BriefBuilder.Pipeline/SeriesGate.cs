using System.Collections.Concurrent;
using BriefBuilder.Model;
using BriefBuilder.Numbering;
using BriefBuilder.Source;

namespace BriefBuilder.Pipeline;

/// <summary>
/// The numbering check as check, new and build share it: the archive read with the build's own
/// front-matter reader, so a brief the build would reject is an error here too. A pipeline holds
/// one for its life, with the front matter it has read.
/// </summary>
public sealed class SeriesGate
{
    public IReadOnlyList<Diagnostic> Check(string contentRoot) =>
        SeriesFolder.Check(contentRoot, ReadFrontMatter);

    public (Series Series, IReadOnlyList<Diagnostic> ReadErrors) Load(string contentRoot) =>
        SeriesFolder.Load(contentRoot, ReadFrontMatter);

    /// <summary>
    /// Front matter already parsed, by file. brief watch checks the numbering of the whole archive
    /// on every save; reading and parsing a hundred briefs again each time held the second core
    /// for longer than the rebuild itself. A file is taken as unchanged when its size and time
    /// are, but only if its time was already <see cref="Settled"/> when it was read: a file
    /// changed within one tick of the file-system clock keeps its time (git calls such an entry
    /// "racy"), and is read again, and parsed again if its text differs.
    /// </summary>
    readonly ConcurrentDictionary<string, Kept> parsed = new();

    sealed record Kept(long Length, DateTime Time, DateTime ReadAt, string Hash, FrontMatter? Front, SourceError? Error)
    {
        public FrontMatter Value => Front ?? throw Error!;
    }

    /// <summary>Coarser than any file-system clock (FAT keeps times to 2 s).</summary>
    static readonly TimeSpan Settled = TimeSpan.FromSeconds(3);

    FrontMatter ReadFrontMatter(string path)
    {
        var file = new FileInfo(path); // taken before the read: a change meanwhile leaves a newer time
        var (length, time) = file.Exists ? (file.Length, file.LastWriteTimeUtc) : (-1, DateTime.MinValue);
        parsed.TryGetValue(path, out var kept);
        if (kept is not null && kept.Length == length && kept.Time == time && kept.ReadAt - kept.Time > Settled) return kept.Value;

        var readAt = DateTime.UtcNow;
        var text = SourceText.Read(path); // an unreadable file is reported as the build reports it
        var hash = ContentHash.Hex(text);
        if (kept is not null && kept.Hash == hash)
        {
            parsed[path] = kept with { Length = length, Time = time, ReadAt = readAt };
            return kept.Value;
        }
        try
        {
            var front = FrontMatterReader.Split(text, path).Front;
            parsed[path] = new Kept(length, time, readAt, hash, front, null);
            return front;
        }
        catch (SourceError e)
        {
            parsed[path] = new Kept(length, time, readAt, hash, null, e);
            throw;
        }
    }

    /// <summary>
    /// For build: the numbering errors of every archive that holds one of <paramref name="inputs"/>.
    /// Warnings are left to <c>brief check</c>; a gap must not stop a build. A brief whose front
    /// matter cannot be read is reported by the build itself, which still builds the others.
    /// </summary>
    public IReadOnlyList<Diagnostic> ErrorsFor(IEnumerable<string> inputs)
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
