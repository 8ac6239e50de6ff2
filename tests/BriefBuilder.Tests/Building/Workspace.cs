using BriefBuilder.Cli.Building;
using BriefBuilder.Tests.Support;

namespace BriefBuilder.Tests.Building;

/// <summary>
/// A throwaway copy of the repository's content/ and templates/ (fonts/ linked, not copied), with
/// the build and its printed output captured, for tests that change files and build again.
/// </summary>
sealed class Workspace : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("building-").FullName;

    public Workspace()
    {
        Copy("content");
        Copy("templates");
        Directory.CreateSymbolicLink(Path.Join(_dir, "fonts"), Repo.Path("fonts"));
    }

    public string Content => Path.Join(_dir, "content");
    public string Out => Path.Join(_dir, "out");

    public string Brief(string name) => Path.Join(Content, name);
    public string Output(string name) => Path.Join(Out, name);

    public BuildOptions Options(string format = "docx", bool force = false) => new(Out, OutputFormats.Select(format), force);

    public (int Exit, string Stdout, string Stderr) Build(string format = "docx", bool force = false, params string[] inputs)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = GatedBuild.Run(inputs.Length > 0 ? inputs : [Content], Options(format, force), stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public void Edit(string name, Func<string, string> change) => File.WriteAllText(Brief(name), change(File.ReadAllText(Brief(name))));

    void Copy(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(Repo.Path(folder), "*", SearchOption.AllDirectories))
        {
            var target = Path.Join(_dir, folder, Path.GetRelativePath(Repo.Path(folder), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
