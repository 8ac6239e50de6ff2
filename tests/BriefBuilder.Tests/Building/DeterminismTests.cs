using BriefBuilder.Tests.Support;

namespace BriefBuilder.Tests.Building;

/// <summary>
/// The same sources give the same bytes, so a rebuild shows no change in version control and a
/// printer's copy can be checked against the archive.
/// </summary>
public sealed class DeterminismTests : IDisposable
{
    private readonly Workspace _first = new();
    private readonly Workspace _second = new();

    public void Dispose()
    {
        _first.Dispose();
        _second.Dispose();
    }

    // Two copies at different paths, built more than two seconds apart (zip times have two-second
    // resolution): neither the clock nor where the sources lie may reach the output.
    [Fact]
    public void Building_twice_gives_identical_bytes()
    {
        Assert.Equal(0, _first.Build("all").Exit);
        Thread.Sleep(2100);
        Assert.Equal(0, _second.Build("all").Exit);

        foreach (var name in SeedBriefs.Seeds.Keys)
            foreach (var extension in new[] { ".docx", ".pdf" })
            {
                var output = Path.ChangeExtension(name, extension);
                Assert.True(File.ReadAllBytes(Path.Join(_first.Out, output)).SequenceEqual(File.ReadAllBytes(Path.Join(_second.Out, output))),
                    $"{output} differs between two builds");
            }
    }
}
