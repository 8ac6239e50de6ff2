using System.Runtime;

namespace BriefBuilder.Cli.Building;

/// <summary>
/// Keeps the garbage collector out of a build. A one-brief build allocates about 18 MB in 50 ms
/// and then exits: the collections it ran meanwhile (among them a full one, while the DOCX and
/// PDF writers allocated side by side on two cores) were a quarter of its time, and freed
/// nothing the exit would not. So a build asks for room for its first 64 MB without a collection.
/// A bigger build passes that mark and the collector takes over as usual. <c>brief watch</c> ends
/// the pause after each rebuild and begins the next at once, so that it collects while the editor
/// types rather than between a save and the new PDF.
/// </summary>
public static class CollectorPause
{
    const long Room = 64L << 20;

    public static T During<T>(Func<T> build)
    {
        var paused = Begin();
        try
        {
            return build();
        }
        finally
        {
            if (paused) End();
        }
    }

    /// <summary>Pauses collection unless this process is paused already; whether it paused.</summary>
    public static bool Begin()
    {
        if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion) return false; // another build of this process holds one
        try
        {
            return GC.TryStartNoGCRegion(Room);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentOutOfRangeException)
        {
            return false; // started meanwhile by another build, or more room than this runtime gives: build as usual
        }
    }

    /// <summary>Lets the collector work again, if it has not taken over already.</summary>
    public static void End()
    {
        try
        {
            if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion) GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
            // The build allocated past the mark, so the collector had already taken over.
        }
    }
}
