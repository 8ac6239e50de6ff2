namespace BriefBuilder.Tests.Support;

/// <summary>
/// Paths inside the repository, found from the test binary's folder. content/ is the user's live
/// archive: an editor adds briefs to it while the tests must keep passing, so no test reads or
/// writes it. The tests' archive is <see cref="Content"/>, the seed briefs copied under tests/.
/// </summary>
public static class Repo
{
    public static readonly string Root = FindRoot();

    public static string Path(params string[] parts)
    {
        if (parts.Length > 0 && parts[0].Split('/', '\\')[0] == "content")
            throw new ArgumentException("content/ is the user's archive, which tests never touch; use Repo.Content(…), the seed briefs under tests/fixtures/content");
        return System.IO.Path.Combine([Root, .. parts]);
    }

    /// <summary>
    /// A path in the tests' own archive, tests/fixtures/content: the three seed briefs and the
    /// series.yaml they check clean with, as content/ held them when the project began.
    /// </summary>
    public static string Content(params string[] parts) => System.IO.Path.Combine([Root, "tests", "fixtures", "content", .. parts]);

    /// <summary>
    /// Where set-up put Fandol: the user's font folder (scripts/install-fonts), which a fresh clone
    /// has; a checkout made before that move still has them in its own fonts/.
    /// </summary>
    public static string FandolFolder()
    {
        var data = Environment.GetEnvironmentVariable("XDG_DATA_HOME") is { Length: > 0 } xdg
            ? xdg : System.IO.Path.Join(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        var user = System.IO.Path.Join(data, "fonts", "fandol");
        return File.Exists(System.IO.Path.Join(user, "FandolFang-Regular.otf")) ? user : Path("fonts");
    }

    private static string FindRoot()
    {
        for (var dir = AppContext.BaseDirectory; dir is not null; dir = System.IO.Path.GetDirectoryName(dir))
            if (File.Exists(System.IO.Path.Combine(dir, "BriefBuilder.sln"))) return dir;
        throw new InvalidOperationException("BriefBuilder.sln not found above " + AppContext.BaseDirectory);
    }
}
