using BriefBuilder.Pipeline;
using System.CommandLine;
using BriefBuilder.Cli;
using BriefBuilder.Cli.Building;
using BriefBuilder.Tests.Numbering;
using BriefBuilder.Tests.Support;

namespace BriefBuilder.Tests.Building;

/// <summary>
/// A throwaway copy of the project as <c>brief build</c> sees it: the tests' archive copied as
/// content/, templates/ copied, out/ for the outputs; no fonts/ of its own, as a fresh clone has
/// none (the fonts are where scripts/install-fonts put them). The command runs in-process on it
/// with its output captured.
/// </summary>
sealed class Workspace : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("briefbuilder-cli-").FullName;

    public string Content => Path.Join(Root, "content");
    public string Out => Path.Join(Root, "out");

    /// <summary>Where the output for <paramref name="name"/> (relative to out/) goes.</summary>
    public string Output(string name) => Path.Join(Out, name);

    public BuildOptions Options(string format = "docx", bool force = false) => new(Out, OutputFormats.Select(format), force);

    /// <summary>Rewrites the brief <paramref name="name"/> (relative to content/).</summary>
    public void Edit(string name, Func<string, string> change)
    {
        var path = Path.Join(Content, name);
        File.WriteAllText(path, change(File.ReadAllText(path)));
    }

    public Workspace()
    {
        Copy(Repo.Content(), Content);
        Copy(Repo.Path("templates"), Path.Join(Root, "templates"));
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Join(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>Writes <paramref name="bytes"/> at <paramref name="relative"/> under the workspace and returns its full path.</summary>
    public string Write(string relative, byte[] bytes)
    {
        var path = Path.Join(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Every source file (content/, templates/) with its bytes, to show a build changed none.</summary>
    public Dictionary<string, byte[]> Sources() =>
        new[] { Content, Path.Join(Root, "templates") }
            .SelectMany(dir => Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
            .ToDictionary(f => Path.GetRelativePath(Root, f), File.ReadAllBytes);

    /// <summary>Runs <c>brief</c> with <paramref name="args"/> as the program does, with its output captured.</summary>
    public static Result Brief(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = BriefCli.Run(args, new InvocationConfiguration { Output = stdout, Error = stderr });
        return new Result(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary><c>brief build content -o out --format … [--force]</c> on this workspace.</summary>
    public Result Build(string format = "docx", bool force = false) =>
        Brief(["build", Content, "-o", Out, "--format", format, .. force ? new[] { "--force" } : []]);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
