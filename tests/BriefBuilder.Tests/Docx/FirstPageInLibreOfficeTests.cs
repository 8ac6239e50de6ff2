using BriefBuilder.Tests.Pdf;
using BriefBuilder.Tests.Support;
using UglyToad.PdfPig;

namespace BriefBuilder.Tests.Docx;

/// <summary>
/// The DOCX takes the first page's geometry from the same style.yaml numbers as the PDF: LibreOffice
/// sets our DOCX's head block (masthead, number, title) and first body line on the same lines
/// as our own PDF. Both files are read back with PdfPig.
/// </summary>
public sealed class FirstPageInLibreOfficeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("briefbuilder-first-page-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void LibreOffice_sets_the_head_block_where_our_pdf_does()
    {
        var names = SeedBriefs.Seeds.Keys.Order(StringComparer.Ordinal).ToArray();
        var docx = names.Select(name =>
        {
            var path = Path.Combine(_dir, SeedBriefs.FileStem(name) + ".docx");
            File.WriteAllBytes(path, SeedBriefs.Docx(name));
            return path;
        }).ToArray();
        var converted = LibreOffice.Convert("pdf", _dir, docx);
        var pitch = TestFonts.Style.Grid.LinePitch;
        foreach (var (name, lo) in names.Zip(converted))
        {
            var layout = SeedPdfs.Get(name);
            var title = layout.Document.Info.Title.Split([' ', '\u3000'])[0]; // its first phrase: the letters read back skip spaces
            var body = layout.Document.Flow.OfType<BriefBuilder.Model.LayoutParagraph>().First(p => p.Style == "body").Text[..4];
            foreach (var text in new[] { "领军参阅", "（总第", title, body })
            {
                double ours = Baseline(layout.Path, text), theirs = Baseline(lo, text);
                Assert.True(Math.Abs(ours - theirs) < pitch / 2,
                    $"{name}: “{text}” sits at {theirs:F1} pt in LibreOffice and at {ours:F1} pt in our PDF, more than half a line apart");
            }
        }
    }

    /// <summary>Height of the baseline of the first occurrence of <paramref name="text"/> on page 1, from the page's top.</summary>
    static double Baseline(string pdf, string text)
    {
        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        var joined = string.Concat(letters.Select(l => l.Value));
        var at = joined.IndexOf(text, StringComparison.Ordinal);
        Assert.True(at >= 0, $"“{text}” is not on page 1 of {pdf}");
        // Letters and characters line up when every letter is one UTF-16 unit, as here.
        return page.Height - letters[at].StartBaseLine.Y;
    }
}
