using BriefBuilder.Model;
using BriefBuilder.Pipeline;

namespace BriefBuilder.Cli.Building;

/// <summary>
/// One publish at a time per project: an exclusive lock on <c>dist/.publish.lock</c>, held from
/// the build to the record's last byte. Two publishes started together each read, change and
/// write content/published.yaml; without it the second overwrote the first's entries. The lock
/// is the kernel's (flock), so a killed publish leaves none behind.
/// </summary>
public sealed class PublishLock : IDisposable
{
    readonly FileStream file;

    PublishLock(FileStream file) => this.file = file;

    /// <summary>Takes the lock, waiting for a publish that holds it (saying so once on <paramref name="stderr"/>).</summary>
    public static PublishLock Take(string dist, TextWriter stderr)
    {
        var path = Path.Combine(dist, ".publish.lock");
        try
        {
            Directory.CreateDirectory(dist);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SourceError(ContentFolder.Relative(dist), 0, $"cannot make the folder: {e.Message}; nothing was published");
        }
        var said = false;
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive flock on Linux and macOS, a share lock on Windows.
                return new PublishLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (UnauthorizedAccessException e)
            {
                throw new SourceError(ContentFolder.Relative(dist), 0, $"cannot publish here: {e.Message}");
            }
            catch (IOException) when (waited.Elapsed < TimeSpan.FromMinutes(10))
            {
                if (!said) stderr.WriteLine($"brief publish: waiting for another publish into {ContentFolder.Relative(dist)} to finish…");
                said = true;
                Thread.Sleep(50);
            }
            catch (IOException e)
            {
                throw new SourceError(ContentFolder.Relative(path), 0, $"another publish has held this lock for 10 minutes ({e.Message}); nothing was published");
            }
        }
    }

    public void Dispose() => file.Dispose();
}
