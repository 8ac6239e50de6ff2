using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using BriefBuilder.Tests.Pdf;
using BriefBuilder.Tests.Support;
using Xunit.Abstractions;

namespace BriefBuilder.Tests.Docx;

/// <summary>
/// LibreOffice, with the house fonts aliased to the PDF's faces, as a stand-in for Word: it keeps
/// every character of the seed briefs' DOCX, lays them out like our PDF, keeps the closing block
/// at the foot of the text block and the style names through a round trip.
/// </summary>
public sealed partial class LibreOfficeTests(SeedConversions lo, ITestOutputHelper output) : IClassFixture<SeedConversions>
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    // Justified lines once lost their line-end marks in LibreOffice (切入点，而其中 → 切入点而其中).
    [Theory]
    [MemberData(nameof(SeedBriefs.Names), MemberType = typeof(SeedBriefs))]
    public void Pdf_text_is_the_seed_text_with_every_mark(string name)
    {
        var text = string.Concat(PdfLines.Read(lo.Pdf(name)).SelectMany(p => p));
        Assert.Equal(SeedBriefs.ExpectedText(name), SeedBriefs.Squeeze(text));
    }

    // Pdftotext too: it reads the text layer another way than PdfPig does.
    [Theory]
    [MemberData(nameof(SeedBriefs.Names), MemberType = typeof(SeedBriefs))]
    public void Pdftotext_reads_every_mark(string name)
    {
        var (exit, text) = PdfTools.Run("pdftotext", "-enc", "UTF-8", lo.Pdf(name), "-");
        Assert.Equal(0, exit);
        var expected = SeedBriefs.ExpectedText(name);
        var marks = "，。、；：？！“”《》（）".ToCharArray();
        foreach (var mark in marks)
            Assert.True(expected.Count(c => c == mark) == text.Count(c => c == mark), $"{name}: '{mark}' {expected.Count(c => c == mark)} times in the seed, {text.Count(c => c == mark)} in LibreOffice's PDF");
    }

    // LibreOffice as a stand-in for Word lays the brief out like our PDF: the first page ends
    // within one line (a line's characters) of ours, most lines end at the same character, and
    // the page count is ours or one more. Not every page break holds within one line:
    // LibreOffice 7.4 puts space between Chinese and Latin letters or digits whatever the DOCX
    // says (it ignores w:autoSpaceDE/DN), so a line of ours holding figures can end earlier
    // there and its paragraph take a line more; the output lists every break and the lines with
    // figures that end elsewhere (README, DOCX grid).
    [Theory]
    [MemberData(nameof(SeedBriefs.Names), MemberType = typeof(SeedBriefs))]
    public void Layout_follows_our_pdf(string name)
    {
        var theirs = PdfLines.Read(lo.Pdf(name));
        var ours = PdfLines.Read(SeedPdfs.Get(name).Path);
        var line = SeedPdfs.Get(name).Style.Grid.CharsPerLine;

        var theirEnds = PdfLines.LineEnds(theirs).ToHashSet();
        var ourLines = ours.SelectMany(p => p).Zip(PdfLines.LineEnds(ours), (text, end) => (Text: text, End: end)).ToList();
        var same = ourLines.Count(l => theirEnds.Contains(l.End));
        var withFigures = ourLines.Count(l => !theirEnds.Contains(l.End) && LatinOrDigit().IsMatch(l.Text));
        var breaks = PdfLines.PageStarts(theirs).Zip(PdfLines.PageStarts(ours), (t, o) => t - o).ToList();
        output.WriteLine($"{name}: {theirs.Count} pages in LibreOffice, {ours.Count} in ours; " +
                         $"{same} of {ourLines.Count} lines ({100.0 * same / ourLines.Count:F0}%) end at the same character, " +
                         $"{withFigures} of the others hold figures; page breaks {string.Join(", ", breaks)} characters from ours");

        Assert.InRange(theirs.Count, ours.Count, ours.Count + 1);
        Assert.True(breaks.Count == 0 || Math.Abs(breaks[0]) <= line, $"{name}: page 1 ends {breaks.FirstOrDefault()} characters from ours");
        Assert.True(same * 2 > ourLines.Count, $"{name}: only {same} of {ourLines.Count} lines end where ours do");
    }

    [GeneratedRegex("[A-Za-z0-9]")]
    private static partial Regex LatinOrDigit();

    // LibreOffice keeps a floating table inline when it thinks no text could wrap beside it;
    // then the closing block would follow the body instead of sitting at the bottom.
    [Fact]
    public void Closing_table_floats_at_the_bottom_of_the_text_area()
    {
        var content = Part(lo.Odt("2024/020.md"), "content.xml");
        XNamespace draw = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
        XNamespace table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
        XNamespace style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";

        var frame = Assert.Single(content.Descendants(draw + "frame"), f => f.Descendants(table + "table").Any());
        Assert.Contains("责任编辑：柴永鹏", frame.Value);
        var frameStyle = content.Descendants(style + "style")
            .Single(s => (string?)s.Attribute(style + "name") == (string?)frame.Attribute(draw + "style-name"))
            .Element(style + "graphic-properties")!;
        Assert.Equal("bottom", (string?)frameStyle.Attribute(style + "vertical-pos"));
        Assert.Equal("page-content", (string?)frameStyle.Attribute(style + "vertical-rel"));
    }

    // An editor who saves the brief from LibreOffice hands on the same styles: headings stay
    // headings, 版头 stays 版头.
    [Theory]
    [MemberData(nameof(SeedBriefs.Names), MemberType = typeof(SeedBriefs))]
    public void Round_trip_through_odt_keeps_the_style_names(string name)
    {
        var before = UsedStyleNames(lo.Docx(name));
        Assert.Contains("Title", before);
        Assert.Contains("版头", before);
        Assert.Equal(before, UsedStyleNames(lo.RoundTripDocx(name)));
    }

    /// <summary>
    /// The names of the paragraph and character styles the document's text uses. Word matches
    /// style names regardless of case, and LibreOffice writes heading 1 as Heading 1.
    /// </summary>
    private static SortedSet<string> UsedStyleNames(string docx)
    {
        var names = Part(docx, "word/styles.xml").Root!.Elements(W + "style")
            .ToDictionary(s => (string)s.Attribute(W + "styleId")!, s => (string)s.Element(W + "name")!.Attribute(W + "val")!);
        var used = Part(docx, "word/document.xml").Descendants().Where(e => e.Name == W + "pStyle" || e.Name == W + "rStyle")
            .Select(e => names[(string)e.Attribute(W + "val")!]);
        return new SortedSet<string>(used, StringComparer.OrdinalIgnoreCase);
    }

    private static XDocument Part(string package, string part)
    {
        using var zip = ZipFile.OpenRead(package);
        using var stream = (zip.GetEntry(part) ?? throw new FileNotFoundException($"{package} has no {part}")).Open();
        return XDocument.Load(stream);
    }
}
