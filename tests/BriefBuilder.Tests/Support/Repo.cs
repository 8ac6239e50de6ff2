namespace BriefBuilder.Tests.Support;

/// <summary>Paths inside the repository, found from the test binary's folder.</summary>
public static class Repo
{
    public static readonly string Root = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = AppContext.BaseDirectory; dir is not null; dir = System.IO.Path.GetDirectoryName(dir))
            if (File.Exists(System.IO.Path.Combine(dir, "BriefBuilder.sln"))) return dir;
        throw new InvalidOperationException("BriefBuilder.sln not found above " + AppContext.BaseDirectory);
    }
}
