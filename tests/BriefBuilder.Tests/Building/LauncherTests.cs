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

    /// <summary>
    /// The launcher in a throwaway tree with one source, and a stand-in for dotnet on PATH that
    /// "publishes" a program printing its arguments: what ./brief says before it runs the program.
    /// </summary>
    [Fact]
    public void The_first_compile_says_it_is_the_first_and_a_later_one_says_why()
    {
        var root = Directory.CreateTempSubdirectory("briefbuilder-launcher-").FullName;
        try
        {
            File.Copy(Repo.Path("brief"), Path.Join(root, "brief"));
            Directory.CreateDirectory(Path.Join(root, "src", "P"));
            File.WriteAllText(Path.Join(root, "src", "P", "P.cs"), "");
            var bin = Directory.CreateDirectory(Path.Join(root, "fake-bin")).FullName;
            File.WriteAllText(Path.Join(bin, "dotnet"), """
                #!/bin/sh
                while [ $# -gt 0 ]; do [ "$1" = -o ] && out="$2"; shift; done
                mkdir -p "$out" && printf '#!/bin/sh\necho ran "$@"\n' > "$out/brief" && chmod +x "$out/brief"
                """);
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(Path.Join(bin, "dotnet"), (UnixFileMode)0b111_101_101);
            var path = new Dictionary<string, string> { ["PATH"] = $"{bin}:{Environment.GetEnvironmentVariable("PATH")}" };
            (int, string, string) Run() => Tools.Run("bash", [Path.Join(root, "brief"), "--version"], path);

            Assert.Equal((0, "ran --version\n", "brief: compiling the program for the first time (a minute or two; later runs start at once)…\n"), Run());
            Assert.Equal((0, "ran --version\n", ""), Run());
            File.SetLastWriteTimeUtc(Path.Join(root, "src", "P", "P.cs"), DateTime.UtcNow.AddMinutes(1));
            Assert.Equal((0, "ran --version\n", "brief: compiling the program again (after a change to src/)…\n"), Run());
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
