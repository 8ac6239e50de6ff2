using System.Collections.Concurrent;
using BriefBuilder.Model;
using BriefBuilder.Pdf;
using BriefBuilder.Pdf.Fonts;
using BriefBuilder.Pdf.Layout;
using BriefBuilder.Tests.Support;

namespace BriefBuilder.Tests.Pdf;

/// <summary>A seed brief laid out and written as a build does it: real style, real fonts, our renderer.</summary>
sealed record SeedPdf(string Name, LayoutDocument Document, HouseStyle Style, IReadOnlyList<PlacedPage> Pages, byte[] Bytes, string Path);

/// <summary>Each seed is built once per test run and shared by the tests that read it.</summary>
static class SeedPdfs
{
    static readonly ConcurrentDictionary<string, Lazy<SeedPdf>> Built = new();

    public static SeedPdf Get(string name) => Built.GetOrAdd(name, n => new Lazy<SeedPdf>(() => Build(n))).Value;

    static SeedPdf Build(string name)
    {
        var document = SeedBriefs.Layout(name, out var style);
        var bytes = Write(document, style, TestFonts.Set);
        var path = PdfTools.Save(bytes, name.Replace('/', '-').Replace(".md", ".pdf"));
        return new SeedPdf(name, document, style, new PdfRenderer(style, TestFonts.Set).Layout(document), bytes, path);
    }

    public static byte[] Write(LayoutDocument document, HouseStyle style, ITextShaper fonts)
    {
        using var output = new MemoryStream();
        new PdfRenderer(style, fonts).Write(document, output);
        return output.ToArray();
    }
}
