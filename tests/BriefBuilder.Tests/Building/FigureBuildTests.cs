using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using BriefBuilder.Tests.Pdf;
using BriefBuilder.Tests.Support;

namespace BriefBuilder.Tests.Building;

/// <summary>
/// A brief with three figures (tests/fixtures/figures: an RGBA PNG chart without a stated
/// resolution, a colour JPEG at 60 dpi, a 16-bit grey interlaced PNG at 300 dpi), built to DOCX
/// and PDF and read back by clients we did not write: pandoc and mammoth see images in the DOCX;
/// poppler lists the PDF's images, pdf.js finds each tagged Figure with its caption as /Alt, qpdf
/// finds their colour ICC-based, Ghostscript draws them without a word.
/// </summary>
public sealed partial class FigureBuildTests : IDisposable
{
    readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    static readonly (string File, string Caption)[] Figures =
    [
        ("bars.png", "图1 深圳六大科学平台投入（亿元）"),
        ("masthead.jpg", "图2 《领军参阅》专报的版头"),
        ("grey-interlaced.png", "图3 灰度渐变"),
    ];

    string Brief => Path.Join(_ws.Content, "2024", "020.md");

    public FigureBuildTests()
    {
        foreach (var (file, _) in Figures)
            File.Copy(Repo.Path("tests", "fixtures", "figures", file), Path.Join(_ws.Content, "2024", file));
        // One figure after the opening paragraph, one after a heading's paragraph, one in the middle of the body.
        _ws.Edit("2024/020.md", text =>
        {
            var paragraphs = text.Split("\n\n").ToList();
            int After(string start) => paragraphs.FindIndex(p => p.StartsWith(start, StringComparison.Ordinal)) + 1;
            paragraphs.Insert(After("深圳实践证明"), Figure(0));
            paragraphs.Insert(After("基础研究是科技创新的源头"), Figure(1));
            paragraphs.Insert(After("与此同时"), Figure(2));
            return string.Join("\n\n", paragraphs);
        });
    }

    static string Figure(int i) => $"![{Figures[i].Caption}]({Figures[i].File})";

    [Fact]
    public void The_docx_holds_each_picture_as_an_inline_drawing_that_pandoc_and_mammoth_read()
    {
        Assert.Equal(0, _ws.Build("docx").Exit);
        var docx = _ws.Output("2024/020.docx");

        // The pictures go in as they are, each once (where the Open XML SDK puts image parts).
        using (var zip = ZipFile.OpenRead(docx))
        {
            var media = zip.Entries.Where(e => e.FullName.StartsWith("media/", StringComparison.Ordinal))
                .Select(e => { using var s = new MemoryStream(); e.Open().CopyTo(s); return Convert.ToHexString(s.ToArray()); }).Order().ToList();
            Assert.Equal(Figures.Select(f => Convert.ToHexString(File.ReadAllBytes(Path.Join(_ws.Content, "2024", f.File)))).Order(), media);
            var document = new StreamReader(zip.GetEntry("word/document.xml")!.Open()).ReadToEnd();
            Assert.Equal(Figures.Select(f => f.Caption), WordDescriptions().Matches(document).Select(m => m.Groups[1].Value));
        }

        var (exit, stdout, stderr) = Tools.Run("pandoc", ["-f", "docx", "-t", "json", docx]);
        Assert.True(exit == 0, stderr);
        Assert.Equal(3, Regex.Matches(stdout, @"\{""t"":""Image""").Count);

        (exit, stdout, stderr) = Tools.Run("node", [Repo.Path("tests", "clients", "docx-to-html.js"), docx]);
        Assert.True(exit == 0, stderr);
        var html = JsonDocument.Parse(stdout).RootElement.GetProperty("html").GetString()!;
        Assert.Equal(Figures.Select(f => f.Caption), HtmlImages().Matches(html).Select(m => m.Groups[1].Value));
        // Each caption follows its picture, centred in its own paragraph.
        foreach (var (_, caption) in Figures)
            Assert.Matches($@"<img alt=""{Regex.Escape(caption)}""[^>]*/></p><p>{Regex.Escape(caption)}</p>", html);
    }

    [Fact]
    public void The_pdf_shows_each_picture_once_as_an_image_tagged_Figure_with_its_caption()
    {
        Assert.Equal(0, _ws.Build("pdf").Exit);
        var pdf = _ws.Output("2024/020.pdf");

        // poppler: size in pixels, colour, encoding and resolution as placed: the JPEG states 60 dpi,
        // at which it is wider than the text block, so it is made smaller (68 dpi); the PNG that
        // states none is at style.yaml's 96.
        var (exit, list) = PdfTools.Run("pdfimages", "-list", pdf);
        Assert.True(exit == 0, list);
        var images = list.Split('\n').Skip(2).Where(l => l.Trim().Length > 0)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(c => (Size: $"{c[3]}x{c[4]}", Colour: c[5], Encoding: c[8], Ppi: c[12])).ToList();
        Assert.Equal([("480x300", "icc", "image", "96"), ("420x260", "icc", "jpeg", "68"), ("200x120", "icc", "image", "300")], images);

        // pdf.js: one Figure per picture, its /Alt the caption, on the page it is drawn on; no warning.
        var read = Clients.Pdfjs(pdf);
        Assert.Empty(read.GetProperty("warnings").EnumerateArray());
        var alts = read.GetProperty("pages").EnumerateArray()
            .SelectMany(p => p.GetProperty("alts").EnumerateArray().Select(a => (a[0].GetString(), a[1].GetString()))).ToList();
        Assert.Equal(Figures.Select(f => ((string?)"Figure", (string?)f.Caption)), alts);

        // qpdf: every image's colour is defined by the sRGB profile the template names (PDF/X-4,
        // PDF/A-2: no device RGB under a CMYK output intent); no image is transparent.
        var objects = QpdfJson.Read(pdf);
        var xobjects = objects.All.Select(o => o.Object.TryGetProperty("stream", out var s) ? s.GetProperty("dict") : default)
            .Where(d => d.ValueKind == JsonValueKind.Object && d.TryGetProperty("/Subtype", out var t) && t.GetString() == "/Image").ToList();
        Assert.Equal(3, xobjects.Count);
        var profiles = xobjects.Select(x => x.GetProperty("/ColorSpace")).Select(cs => (cs[0].GetString(), cs[1].GetString())).ToList();
        Assert.All(profiles, p => Assert.Equal("/ICCBased", p.Item1));
        var profile = Assert.Single(profiles.Select(p => p.Item2).Distinct());
        Assert.Equal(File.ReadAllBytes(Repo.Path("templates", "zhuanbao", "sRGB.icc")), objects.StreamData(JsonDocument.Parse($"\"{profile}\"").RootElement));
        Assert.All(xobjects, x => Assert.False(x.TryGetProperty("/SMask", out _)));

        // Ghostscript draws every page without a word.
        var (gsExit, said) = PdfTools.Run("gs", "-q", "-dBATCH", "-dNOPAUSE", "-dSAFER", "-sDEVICE=nullpage", pdf);
        Assert.True(gsExit == 0 && said.Trim().Length == 0, said);
    }

    [Fact]
    public void The_transparent_background_prints_as_white_paper_and_the_bars_in_their_colours()
    {
        Assert.Equal(0, _ws.Build("pdf").Exit);
        var prefix = Path.Join(_ws.Root, "page");
        var (exit, said) = PdfTools.Run("pdfimages", "-f", "2", "-l", "2", _ws.Output("2024/020.pdf"), prefix);
        Assert.True(exit == 0, said);
        var (w, h, rgb) = Ppm(prefix + "-000.ppm");
        Assert.Equal((480, 300), (w, h));
        Assert.Equal((255, 255, 255), rgb(5, 5));     // transparent in the file: paper white
        Assert.Equal((200, 30, 30), rgb(60, 250));    // the first bar
        Assert.Equal((0, 0, 0), rgb(29, 100));        // the axis
    }

    [Fact]
    public void A_changed_picture_rebuilds_the_brief_and_the_same_pictures_give_the_same_bytes()
    {
        Assert.Equal(0, _ws.Build("pdf").Exit);
        var first = File.ReadAllBytes(_ws.Output("2024/020.pdf"));
        Assert.Contains("skipped 3", _ws.Build("pdf").Stdout);
        Assert.Equal(first, File.ReadAllBytes(_ws.Output("2024/020.pdf")));

        // Another picture under the same name: the brief's text is unchanged, its output is not.
        File.Copy(Repo.Path("tests", "fixtures", "figures", "grey-interlaced.png"), Path.Join(_ws.Content, "2024", "bars.png"), overwrite: true);
        var again = _ws.Build("pdf");
        Assert.Contains("2024/020.md → ", again.Stdout);
        Assert.Contains("skipped 2", again.Stdout);
        Assert.NotEqual(first, File.ReadAllBytes(_ws.Output("2024/020.pdf")));
    }

    /// <summary>A binary PPM as pdfimages writes an image's pixels: "P6", width, height, 255, then RGB bytes.</summary>
    static (int Width, int Height, Func<int, int, (int, int, int)> Rgb) Ppm(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var header = System.Text.Encoding.ASCII.GetString(bytes, 0, 32).Split((char[])[' ', '\n'], 5);
        var (width, height) = (int.Parse(header[1]), int.Parse(header[2]));
        var start = bytes.Length - width * height * 3;
        return (width, height, (x, y) => (bytes[start + (y * width + x) * 3], bytes[start + (y * width + x) * 3 + 1], bytes[start + (y * width + x) * 3 + 2]));
    }

    [GeneratedRegex(@"<wp:docPr [^>]*descr=""([^""]*)""")]
    private static partial Regex WordDescriptions();

    [GeneratedRegex(@"<img alt=""([^""]*)""")]
    private static partial Regex HtmlImages();
}
