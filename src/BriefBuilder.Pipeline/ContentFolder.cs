using BriefBuilder.Model;
using BriefBuilder.Source;

namespace BriefBuilder.Pipeline;

/// <summary>
/// The folder of a series: the one holding <c>series.yaml</c>. Briefs are found under it and
/// their outputs keep their path relative to it; templates live beside it in <c>templates/</c>.
/// </summary>
public sealed record ContentFolder(string Root, SeriesSettings Series)
{
    /// <summary>The content folder that holds <paramref name="path"/> (a brief or a folder), found by walking up to series.yaml.</summary>
    public static ContentFolder Containing(string path)
    {
        var series = SeriesFile(path);
        return new ContentFolder(Path.GetDirectoryName(series)!, SeriesReader.Read(Relative(series)));
    }

    /// <summary>The series.yaml that governs <paramref name="path"/>: the nearest one in its folder or above.</summary>
    public static string SeriesFile(string path)
    {
        var full = Path.GetFullPath(path);
        for (var dir = Directory.Exists(full) ? full : Path.GetDirectoryName(full); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            var series = Path.Combine(dir, SeriesReader.FileName);
            if (File.Exists(series)) return series;
        }
        throw new SourceError(path, 0, $"no {SeriesReader.FileName} found in this folder or above it; briefs live in a content folder with the series settings");
    }

    /// <summary>
    /// The template folder named by series.yaml: templates/NAME beside the content folder, else
    /// the one the program came with, so an editor's own content folder builds with the release
    /// package's house template.
    /// </summary>
    public string TemplatePath
    {
        get
        {
            var beside = Path.Combine(Path.GetDirectoryName(Root)!, "templates", Series.Template);
            var shipped = Path.Combine(AppContext.BaseDirectory, "templates", Series.Template);
            return Relative(Directory.Exists(beside) || !Directory.Exists(shipped) ? beside : shipped);
        }
    }

    /// <summary>Where builds write unless told: out/ beside the content folder, wherever brief is run from.</summary>
    public string OutFolder => Path.Combine(Path.GetDirectoryName(Root)!, "out");

    /// <summary>Where publish hands briefs on: dist/ beside the content folder.</summary>
    public string DistFolder => Path.Combine(Path.GetDirectoryName(Root)!, "dist");

    /// <summary>
    /// The output folder for <paramref name="inputs"/> when -o is not given: out/ beside their
    /// content folder, so that `brief build /abs/path/020.md` run from elsewhere writes where a
    /// build from the project does. Inputs outside any content folder fall back to ./out, where
    /// their build reports what is missing.
    /// </summary>
    public static string DefaultOutput(IReadOnlyList<string> inputs)
    {
        try { return Relative(Containing(inputs[0]).OutFolder); }
        catch (SourceError) { return "out"; }
    }

    /// <summary>The project's own font folder beside the content folder: searched before the system's, and may be absent.</summary>
    public string FontFolder => Path.Combine(Path.GetDirectoryName(Root)!, "fonts");

    /// <summary>Brief files at or under <paramref name="path"/>, in a stable order.</summary>
    public static IEnumerable<string> Briefs(string path) =>
        Directory.Exists(path) ? BriefFiles.Under(path) : [path];

    /// <summary>Where the output of <paramref name="brief"/> goes: same relative path under <paramref name="outDir"/>.</summary>
    public string OutputPath(string brief, string outDir, string extension) =>
        Path.ChangeExtension(Path.Combine(outDir, Path.GetRelativePath(Root, Path.GetFullPath(brief))), extension);

    /// <summary>Paths in messages are relative to the working folder, as the user typed them, with <c>/</c> on every platform.</summary>
    public static string Relative(string path) => FilePaths.Display(Path.GetRelativePath(Environment.CurrentDirectory, path));
}
