using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using BriefBuilder.Docx;
using BriefBuilder.Model;
using BriefBuilder.Source;
using BriefBuilder.Tests.Support;
using Heading = BriefBuilder.Model.Heading;

namespace BriefBuilder.Tests.Docx;

/// <summary>
/// Clients we did not write read the seed briefs' DOCX as the house format: pandoc and mammoth
/// find the source's headings at their levels, and know every other style.
/// </summary>
public sealed partial class DocxClientTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("briefbuilder-docx-clients-").FullName;

    private string Write(string name, byte[] docx)
    {
        var path = Path.Combine(_dir, name + ".docx");
        File.WriteAllBytes(path, docx);
        return path;
    }

    /// <summary>The source's headings, level and text, in reading order.</summary>
    private static List<(int Level, string Text)> SourceHeadings(string sourcePath)
    {
        static IEnumerable<Heading> All(IEnumerable<Block> blocks) => blocks.SelectMany(b => b switch
        {
            Heading h => [h],
            Quote q => All(q.Blocks),
            _ => [],
        });
        return All(BriefReader.Read(sourcePath).Body)
            .Select(h => (h.Level, SeedBriefs.Squeeze(string.Concat(h.Spans.Select(s => s.Text))))).ToList();
    }

    private const string AllLevels = "2024/020.md with headings of every level";

    /// <summary>The seed briefs, and 2024/020 with a heading of each level added (the seeds have level 1 only).</summary>
    public static TheoryData<string> Sources => new([.. SeedBriefs.Seeds.Keys.Order(StringComparer.Ordinal), AllLevels]);

    private string SourcePath(string source)
    {
        if (source != AllLevels) return SeedBriefs.SourcePath(source);
        var path = Path.Combine(_dir, "020.md");
        File.WriteAllText(path, File.ReadAllText(SeedBriefs.SourcePath("2024/020.md"))
            .Replace("\n\n深圳近年来统一规划", "\n\n## （一）科学平台\n\n### 1.光明科学城\n\n#### （1）大科学装置\n\n深圳近年来统一规划"));
        return path;
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Pandoc_finds_exactly_the_source_headings_at_their_levels(string source)
    {
        var path = SourcePath(source);
        var json = Pandoc(Write("brief", SeedBriefs.DocxOf(path)));
        var headings = json.RootElement.GetProperty("blocks").EnumerateArray()
            .Where(b => b.GetProperty("t").GetString() == "Header")
            .Select(b => (b.GetProperty("c")[0].GetInt32(), SeedBriefs.Squeeze(Inlines(b.GetProperty("c")[2])))).ToList();
        Assert.Equal(SourceHeadings(path), headings);
    }

    [Fact]
    public void Pandoc_keeps_bold_and_italic()
    {
        using var output = new MemoryStream();
        DocxWriter.Write(SampleBrief.Brief2024020(), HouseStyles.Zhuanbao, output);
        var json = Pandoc(Write("sample", output.ToArray())).RootElement.GetRawText();
        Assert.Matches("""\{"t":"Strong","c":\[\{"t":"Str","c":"深圳实践证明"\}\]\}""", json);
        Assert.Matches("""\{"t":"Emph","c":\[\{"t":"Str","c":"，面向未来"\}\]\}""", json);
    }

    // Headings come from mammoth's own style map (heading 1 → h1); every other house style is
    // mapped by its Word name from style.yaml, as a publisher would, so an unknown style warns.
    [Theory]
    [MemberData(nameof(Sources))]
    public void Mammoth_gives_h1_to_h4_for_the_headings_and_knows_every_style(string source)
    {
        var path = SourcePath(source);
        var style = HouseStyles.Zhuanbao;
        var map = style.Paragraphs.Values.Where(p => !p.Docx.StartsWith("heading ", StringComparison.Ordinal))
            .Select(p => $"p[style-name='{p.Docx}'] => p:fresh")
            .Concat(style.Runs.Values.Select(r => $"r[style-name='{r.Docx}'] =>"));
        var (exit, stdout, stderr) = Tools.Run("node", [Repo.Path("tests", "clients", "docx-to-html.js"), Write("brief", SeedBriefs.DocxOf(path)), .. map]);
        Assert.True(exit == 0, stderr);
        using var result = JsonDocument.Parse(stdout);
        Assert.Empty(result.RootElement.GetProperty("messages").EnumerateArray().Select(m => m.GetString()));
        var headings = HtmlHeading().Matches(result.RootElement.GetProperty("html").GetString()!)
            .Select(m => (int.Parse(m.Groups[1].Value), SeedBriefs.Squeeze(WebUtility.HtmlDecode(Tags().Replace(m.Groups[2].Value, ""))))).ToList();
        Assert.Equal(SourceHeadings(path), headings);
        if (source == AllLevels) Assert.Equal([1, 2, 3, 4], headings.Select(h => h.Item1).Distinct().Order());
    }

    private static JsonDocument Pandoc(string docx)
    {
        var (exit, stdout, stderr) = Tools.Run("pandoc", ["-f", "docx", "-t", "json", docx]);
        Assert.True(exit == 0, stderr);
        return JsonDocument.Parse(stdout);
    }

    /// <summary>The text of a list of pandoc inlines, whatever wraps it (Strong, Emph, Span, Quoted).</summary>
    private static string Inlines(JsonElement inlines) => string.Concat(inlines.EnumerateArray().Select(i => i.GetProperty("t").GetString() switch
    {
        "Str" => i.GetProperty("c").GetString(),
        "Space" or "SoftBreak" or "LineBreak" => " ",
        "Quoted" => Inlines(i.GetProperty("c")[1]),
        "Span" => Inlines(i.GetProperty("c")[1]),
        _ when i.TryGetProperty("c", out var c) && c.ValueKind == JsonValueKind.Array => Inlines(c),
        var other => throw new InvalidOperationException($"pandoc inline {other} has no text"),
    }));

    [GeneratedRegex(@"<h([1-6])>(.*?)</h\1>")]
    private static partial Regex HtmlHeading();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
