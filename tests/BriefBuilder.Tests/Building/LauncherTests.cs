using BriefBuilder.Tests.Support;

namespace BriefBuilder.Tests.Building;

/// <summary>
/// ./brief recompiles the program when a source is newer than it, and looks for sources only at
/// src/PROJECT/*.cs and src/PROJECT/FOLDER/*.cs (a find over the whole tree cost more than a
/// tenth of a one-brief build). A source anywhere deeper would be edited without effect.
/// </summary>
public class LauncherTests
{
    [Fact]
    public void Every_source_is_where_the_launcher_looks()
    {
        var src = Repo.Path("src");
        var tooDeep = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(src, f).Split(Path.DirectorySeparatorChar))
            .Where(parts => !parts.Contains("obj") && !parts.Contains("bin") && parts.Length > 3)
            .Select(parts => string.Join('/', parts))
            .ToList();
        Assert.Empty(tooDeep);
    }
}
