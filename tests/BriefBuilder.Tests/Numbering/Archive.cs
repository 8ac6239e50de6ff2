using System.CommandLine;

namespace BriefBuilder.Tests.Numbering;

/// <summary>
/// A throwaway content folder: briefs written as files the way editors write them, and the
/// check and new commands run on it in-process with their output captured.
/// </summary>
sealed class Archive : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("numbering-").FullName;

    public string Root => Path.Join(_dir, "content");

    public Archive() => Directory.CreateDirectory(Root);

    /// <summary>Copies the tests' archive: the seed briefs and series.yaml.</summary>
    public static Archive OfSeeds()
    {
        var archive = new Archive();
        foreach (var file in Directory.EnumerateFiles(Support.Repo.Content(), "*", SearchOption.AllDirectories))
        {
            var target = Path.Join(archive.Root, Path.GetRelativePath(Support.Repo.Content(), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return archive;
    }

    /// <summary>Writes <c>&lt;year&gt;/&lt;name&gt;</c>; the name defaults to the one 第N期 gives. Keys sit on lines 2–8.</summary>
    public string Brief(int issue, int total, string date, string? name = null)
    {
        var year = date[..4];
        var path = Path.Join(Root, year, name ?? $"{issue:D3}.md");
        Write(path, $"""
            ---
            issue: {issue}
            total: {total}
            date: {date}
            recipients: [刘小涛书记, 王颺秘书长]
            title: 题目
            editor: 柴永鹏
            phone: "18896954159"
            ---

            正文。

            """);
        return path;
    }

    public void Series(string numbering) =>
        Write(Path.Join(Root, "series.yaml"), "name: 领军参阅\n" + numbering);

    public static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public Result Check(params string[] options) => Run(Cli.CheckCommand.Create(), [Root, .. options]);

    public Result New(params string[] options) => Run(Cli.NewCommand.Create(), ["--content", Root, .. options]);

    static Result Run(Command command, string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = command.Parse(args).Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
        return new Result(exit, stdout.ToString(), stderr.ToString());
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}

sealed record Result(int Exit, string Stdout, string Stderr)
{
    public string[] Lines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
