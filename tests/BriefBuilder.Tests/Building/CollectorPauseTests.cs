using System.Runtime;
using BriefBuilder.Cli.Building;

namespace BriefBuilder.Tests.Building;

/// <summary>
/// A build keeps the collector out while it runs (CollectorPause). Builds of one process may
/// overlap (the tests run several at once, watch rebuilds): neither may fail for it, and after
/// the last one the collector works as usual. Run alone: another test's build would hold a pause.
/// </summary>
[Collection(nameof(CollectorPauseTests))]
public class CollectorPauseTests
{
    [Fact]
    public void Overlapping_builds_pause_once_and_leave_the_collector_working()
    {
        // Inside, no collection runs while a small build allocates: the pause pauses, nested or not.
        var (mode, collections) = CollectorPause.During(() => CollectorPause.During(() =>
        {
            var before = GC.CollectionCount(0);
            for (var i = 0; i < 4000; i++) GC.KeepAlive(new byte[4096]); // 16 MB, far beyond a gen-0 budget
            return (GCSettings.LatencyMode, GC.CollectionCount(0) - before);
        }));
        Assert.Equal(GCLatencyMode.NoGCRegion, mode);
        Assert.Equal(0, collections);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);

        // A build that allocates past the room it asked for: the collector takes over meanwhile.
        var kept = CollectorPause.During(() => Enumerable.Range(0, 200).Select(_ => new byte[1 << 20]).Count());
        Assert.Equal(200, kept);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }
}

[CollectionDefinition(nameof(CollectorPauseTests), DisableParallelization = true)]
public class CollectorPauseAlone;
