using System.CommandLine;
using BriefBuilder.Tests.Support;

namespace BriefBuilder.Tests.Pdf;

/// <summary>
/// A throwaway copy of the tests' archive (as content/) and the repository's templates/, to be
/// edited by a test (a font renamed in style.yaml, a character added to a brief) and then built
/// or checked. It has no fonts/ of its own, as a fresh clone has none: its builds find the
/// fonts where scripts/install-fonts put them.
/// </summary>
public sealed class ProjectCopy : IDisposable
{
    readonly string _root = Directory.CreateTempSubdirectory("briefbuilder-project-").FullName;

    public ProjectCopy()
    {
        foreach (var (from, to) in new[] { (Repo.Content(), "content"), (Repo.Path("templates"), "templates") })
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                var target = Path(System.IO.Path.Join(to, System.IO.Path.GetRelativePath(from, file)));
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
    }

    public string Path(string relative) => System.IO.Path.Combine(_root, relative);

    /// <summary>Replaces the one occurrence of <paramref name="old"/> in a file of the copy.</summary>
    public string Edit(string relative, string old, string replacement)
    {
        var file = Path(relative);
        var text = File.ReadAllText(file);
        Assert.Single(text.Split(old)[1..]);
        File.WriteAllText(file, text.Replace(old, replacement));
        return file;
    }

    public static (int Exit, string Stdout, string Stderr) Run(Command command, params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = command.Parse(args).Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
