using BriefBuilder.Model;
using BriefBuilder.Source;
using BriefBuilder.Template;
using BriefBuilder.Tests.Support;

namespace BriefBuilder.Tests.Template;

/// <summary>
/// A template folder of a test's own, holding the house's print profiles and the style file under
/// test: read it, or check that reading it fails at a line with a message.
/// </summary>
sealed class StyleFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("style-").FullName;

    public string StylePath => System.IO.Path.Join(Path, StyleReader.FileName);

    public StyleFolder()
    {
        foreach (var profile in new[] { "FOGRA39-briefbuilder.icc", "sRGB.icc" })
            File.Copy(Repo.Path("templates", "zhuanbao", profile), System.IO.Path.Join(Path, profile));
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);

    public HouseStyle Read(string yaml)
    {
        File.WriteAllText(StylePath, yaml);
        return StyleReader.Read(StylePath);
    }

    /// <summary>Reading <paramref name="yaml"/> fails at the line that holds <paramref name="at"/> (once), with <paramref name="message"/>.</summary>
    public void Fails(string yaml, string at, string message)
    {
        File.WriteAllText(StylePath, yaml);
        var error = Assert.Throws<SourceError>(() => StyleReader.Read(StylePath));
        var lines = yaml.Split('\n');
        var line = Assert.Single(Enumerable.Range(1, lines.Length), n => lines[n - 1].Contains(at));
        Assert.Equal((StylePath, line, message), (error.File, error.Line, error.Message));
    }
}
