using System.Text.RegularExpressions;
using BriefBuilder.Pdf.Fonts;
using BriefBuilder.Pdf.Layout;
using BriefBuilder.Source;
using BriefBuilder.Tests.Support;
using Xunit.Abstractions;

namespace BriefBuilder.Tests.Pdf;

/// <summary>The three seed briefs built to PDF and read back by independent tools (qpdf, poppler).</summary>
public class SeedPdfTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(SeedBriefs.Names), MemberType = typeof(SeedBriefs))]
    public void Qpdf_finds_nothing_wrong(string name)
    {
        var pdf = SeedPdfs.Get(name);
        output.WriteLine($"{name}: {pdf.Pages.Count} pages, {pdf.Bytes.Length / 1024.0:F1} KB");
        var (exit, check) = PdfTools.Run("qpdf", "--check", pdf.Path);
        Assert.True(exit == 0, check);
        Assert.Contains("No syntax or stream encoding errors", check);
        Assert.DoesNotContain("WARNING", check);
    }

    [Theory]
    [MemberData(nameof(SeedBriefs.Names), MemberType = typeof(SeedBriefs))]
    public void Every_font_is_an_embedded_unicode_subset(string name)
    {
        var (exit, fonts) = PdfTools.Run("pdffonts", SeedPdfs.Get(name).Path);
        Assert.Equal(0, exit);
        output.WriteLine(fonts);
        var rows = fonts.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.NotEmpty(rows);
        Assert.DoesNotContain("Type 3", fonts);
        foreach (var row in rows)
        {
            var columns = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Matches("^[A-Z]{6}\\+", columns[0]);
            Assert.True(columns[^5..^2] is ["yes", "yes", "yes"], row); // emb sub uni
        }
    }

    [Theory]
    [MemberData(nameof(SeedBriefs.Names), MemberType = typeof(SeedBriefs))]
    public void Pdftotext_gives_back_the_seed_text(string name)
    {
        var pages = PdfTools.PageTexts(SeedPdfs.Get(name).Path);
        Assert.Equal(SeedBriefs.ExpectedText(name), SeedBriefs.Squeeze(string.Concat(pages)));
    }

    [Theory]
    [MemberData(nameof(SeedBriefs.Names), MemberType = typeof(SeedBriefs))]
    public void No_glyph_is_notdef(string name)
    {
        var texts = SeedPdfs.Get(name).Pages.SelectMany(p => p.Items.OfType<PlacedText>()).ToList();
        Assert.NotEmpty(texts);
        Assert.All(texts, t => Assert.True(t.Glyphs.All(g => g.GlyphId != 0), $"{t.Face.PostScriptName} draws .notdef in “{t.Text}”"));
    }

    [Theory]
    [MemberData(nameof(SeedBriefs.Names), MemberType = typeof(SeedBriefs))]
    public void Info_names_title_editor_and_number(string name)
    {
        var front = BriefReader.ReadFrontMatter(SeedBriefs.SourcePath(name));
        var (exit, info) = PdfTools.Run("pdfinfo", "-enc", "UTF-8", SeedPdfs.Get(name).Path);
        Assert.Equal(0, exit);
        string Field(string key) => Regex.Match(info, $"^{key}: +(.*)$", RegexOptions.Multiline).Groups[1].Value;
        Assert.Equal(front.Title, Field("Title"));
        Assert.Equal(front.Editor, Field("Author"));
        Assert.Equal($"第{front.Issue}期（总第{front.Total}期）", Field("Subject"));
    }

    [Theory]
    [MemberData(nameof(SeedBriefs.Names), MemberType = typeof(SeedBriefs))]
    public void Building_twice_gives_the_same_bytes(string name)
    {
        var pdf = SeedPdfs.Get(name);
        // The second build in a process of its own (the brief program of this build): fonts loaded
        // afresh, nothing shared with this one through a cache or static state.
        using var project = new Building.Workspace();
        var (exit, stdout, stderr) = Tools.Run(Path.Join(AppContext.BaseDirectory, "brief"), ["build", Path.Join(project.Content, name), "-o", project.Out, "--format", "pdf"]);
        Assert.True(exit == 0, stdout + stderr);
        var other = File.ReadAllBytes(project.Output(Path.ChangeExtension(name, ".pdf")));
        Assert.True(pdf.Bytes.AsSpan().SequenceEqual(other), $"{name} differs between two builds");
    }

    [Theory]
    [MemberData(nameof(SeedBriefs.Names), MemberType = typeof(SeedBriefs))]
    public void Fonts_are_subset_so_the_file_stays_small(string name)
    {
        var pdf = SeedPdfs.Get(name);
        output.WriteLine($"{name}: {pdf.Bytes.Length / 1024.0:F1} KB for {pdf.Pages.Count} pages");
        // A seed brief is 290–390 KB with its eight faces subset. One whole CJK font would add 2 MB
        // or more, and a subset that kept every glyph's slot (FontSubsetter) about 140 KB per face:
        // 512 KB lets neither through.
        Assert.True(pdf.Bytes.Length < 512 * 1024, $"{name} is {pdf.Bytes.Length} bytes");
    }
}
