using System.Text.RegularExpressions;
using BriefBuilder.Docx;
using BriefBuilder.Model;
using BriefBuilder.Source;
using BriefBuilder.Template;

namespace BriefBuilder.Tests.Support;

/// <summary>
/// The three past briefs: the printed originals' text in seeds/ and our Markdown of them in
/// the tests' archive (tests/fixtures/content, <see cref="Repo.Content"/>). Fidelity tests compare what we build with the seed, whitespace aside.
/// </summary>
public static partial class SeedBriefs
{
    /// <summary>Brief source (relative to the archive) → the seed it was written from.</summary>
    public static readonly IReadOnlyDictionary<string, string> Seeds = new Dictionary<string, string>
    {
        ["2023/001.md"] = "000_ef4fa1076b0b9e22.txt",
        ["2024/020.md"] = "001_3ebe798679114ebd.txt",
        ["2024/009.md"] = "002_19154df27115da18.txt",
    };

    public static TheoryData<string> Names => new(Seeds.Keys.Order(StringComparer.Ordinal));

    public static string SourcePath(string name) => Repo.Content(name);

    public static LayoutDocument Layout(string name, out HouseStyle style) => LayoutOf(SourcePath(name), out style);

    /// <summary>Any brief file laid out with the repository's series settings and template.</summary>
    public static LayoutDocument LayoutOf(string sourcePath, out HouseStyle style)
    {
        var series = SeriesReader.Read(Repo.Content("series.yaml"));
        var template = TemplateFolder.Load(Repo.Path("templates", series.Template));
        style = template.Style;
        return Composer.Compose(BriefReader.Read(sourcePath), series, template);
    }

    /// <summary>The brief's DOCX as the build writes it: source, template and style of the repository.</summary>
    public static byte[] Docx(string name) => DocxOf(SourcePath(name));

    public static byte[] DocxOf(string sourcePath)
    {
        var layout = LayoutOf(sourcePath, out var style);
        using var output = new MemoryStream();
        DocxWriter.Write(layout, style, output);
        return output.ToArray();
    }

    /// <summary>A seed name as a file name part: 2024/020.md → 2024-020.</summary>
    public static string FileStem(string name) => Path.ChangeExtension(name, null).Replace('/', '-');

    /// <summary>
    /// The seed's text with whitespace and the extraction artefacts its README lists removed:
    /// '#' markers, '**' around Latin words, and the character that 002's page cut repeats.
    /// </summary>
    public static string ExpectedText(string name) => Squeeze(SeedText(name));

    /// <summary>The seed's text, artefacts removed, its blank lines kept: they end paragraphs, or pages (<see cref="Cuts"/>).</summary>
    static string SeedText(string name) =>
        File.ReadAllText(Repo.Path("seeds", Seeds[name])).Replace("**", "").Replace("#", "").Replace("聚焦战\n\n战略性", "聚焦战\n\n略性");

    /// <summary>
    /// The page breaks of the printed original that the seed shows: blank lines that fall inside
    /// one of our paragraphs (seeds/README.md). Offsets count characters of the text without
    /// whitespace, as <see cref="ExpectedText"/> and a PDF's text read the same way do.
    /// </summary>
    public static List<PageCut> Cuts(string name)
    {
        var seed = ExpectedText(name);
        var ends = new List<int>();
        var offset = 0;
        foreach (var chunk in BlankLine().Split(SeedText(name)))
            ends.Add(offset += Squeeze(chunk).Length);

        var paragraphs = new List<(int Start, int End)>();
        offset = 0;
        foreach (var block in Layout(name, out _).Flow)
        {
            var text = Squeeze(block switch
            {
                LayoutParagraph p => p.Text,
                LayoutRow r => string.Concat(r.Runs.Select(run => run.Text)),
                _ => "",
            });
            if (block is LayoutParagraph) paragraphs.Add((offset, offset + text.Length));
            offset += text.Length;
        }
        return ends.Where(k => paragraphs.Any(p => p.Start < k && k < p.End))
            .Select(k => new PageCut(k, seed[Math.Max(0, k - 6)..k], seed[k..Math.Min(seed.Length, k + 6)])).ToList();
    }

    public static string Squeeze(string text) => Whitespace().Replace(text, "");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex BlankLine();
}

/// <summary>A page break of a printed original at <see cref="Offset"/>, with a few characters either side to name it.</summary>
public sealed record PageCut(int Offset, string Before, string After);
