using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using BriefBuilder.Model;
using BriefBuilder.Tests.Support;
using UglyToad.PdfPig;
using Xunit.Abstractions;

namespace BriefBuilder.Tests.Pdf;

/// <summary>
/// What a print shop's preflight (PDF/X-4, ISO 15930-7) and an archive's ingest (PDF/A-2u,
/// ISO 19005-2) would look for, read back from our seed PDFs with qpdf and PdfPig. No validator
/// (veraPDF, Acrobat) runs here, so each test checks one requirement the file itself can show.
/// Clause numbers of ISO 19005-2 follow veraPDF's rule numbering; those of ISO 15930-7 name the
/// clause that sets the requirement.
/// </summary>
public class PrintReadyPdfTests(ITestOutputHelper output)
{
    const string Brief = "2024/020.md"; // the seed with 一、二、三 headings

    static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#", Dc = "http://purl.org/dc/elements/1.1/",
        Xmp = "http://ns.adobe.com/xap/1.0/", PdfNs = "http://ns.adobe.com/pdf/1.3/", Mm = "http://ns.adobe.com/xap/1.0/mm/",
        PdfaId = "http://www.aiim.org/pdfa/ns/id/", PdfxId = "http://www.npes.org/pdfx/ns/id/", PdfaSchema = "http://www.aiim.org/pdfa/ns/schema#";

    /// <summary>ISO 19005-2 6.6.2.1 (XMP metadata stream), 6.6.3 (Info and XMP agree), 6.6.4 (pdfaid); ISO 15930-7 6.7.5 (pdfxid:GTS_PDFXVersion, Info and XMP agree).</summary>
    [Theory]
    [MemberData(nameof(SeedBriefs.Names), MemberType = typeof(SeedBriefs))]
    public void Xmp_is_well_formed_and_agrees_with_the_Info_dictionary(string name)
    {
        var pdf = SeedPdfs.Get(name);
        using var document = PdfDocument.Open(pdf.Bytes);
        Assert.True(document.TryGetXmpMetadata(out var metadata), "no XMP metadata stream");
        var xmp = Xml(metadata); // throws if the packet is not well-formed XML
        var info = document.Information;
        var expected = pdf.Document.Info;

        string Only(XName property) => Assert.Single(xmp.Descendants(property)).Value;
        string Item(XName property) => Assert.Single(Assert.Single(xmp.Descendants(property)).Descendants(Rdf + "li")).Value;

        Assert.Equal((expected.Title, expected.Author, expected.Subject), (info.Title, info.Author, info.Subject));
        Assert.Equal(info.Title, Item(Dc + "title"));
        Assert.Equal(info.Author, Item(Dc + "creator"));
        Assert.Equal(info.Subject, Item(Dc + "description"));
        Assert.Equal(info.Producer, Only(PdfNs + "Producer"));
        Assert.Equal(info.Creator, Only(Xmp + "CreatorTool"));
        Assert.Equal(Instant(info.CreationDate!), DateTimeOffset.Parse(Only(Xmp + "CreateDate"), CultureInfo.InvariantCulture));
        Assert.Equal(Instant(info.ModifiedDate!), DateTimeOffset.Parse(Only(Xmp + "ModifyDate"), CultureInfo.InvariantCulture));
        Assert.Equal(new DateTimeOffset(expected.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), Instant(info.CreationDate!));
        Assert.NotEmpty(Only(Xmp + "MetadataDate"));
        Assert.Equal(("2", "U"), (Only(PdfaId + "part"), Only(PdfaId + "conformance")));
        Assert.Equal("PDF/X-4", Only(PdfxId + "GTS_PDFXVersion"));
        Assert.Equal("PDF/X-4", InfoEntry(info, "GTS_PDFXVersion"));
        // PDF/A knows pdfxid only from an extension schema in the packet (ISO 19005-2 6.6.2.3.1).
        Assert.Contains(xmp.Descendants(PdfaSchema + "namespaceURI"), e => e.Value == PdfxId.NamespaceName);
        Assert.Matches("^uuid:[0-9a-f-]{36}$", Only(Mm + "DocumentID"));
        Assert.Matches("^uuid:[0-9a-f-]{36}$", Only(Mm + "InstanceID"));
        // Chinese text strings are UTF-16BE with a byte-order mark in the file itself.
        var raw = Encoding.Latin1.GetString(pdf.Bytes);
        Assert.Contains("/Title <FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(expected.Title)) + ">", raw);
    }

    /// <summary>The same brief built twice has the same identifiers; another brief has others (ISO 15930-7 6.7.5, xmpMM:DocumentID).</summary>
    [Fact]
    public void Document_ids_come_from_the_content()
    {
        string Id(string name, string property)
        {
            using var document = PdfDocument.Open(SeedPdfs.Get(name).Bytes);
            Assert.True(document.TryGetXmpMetadata(out var metadata));
            return Xml(metadata!).Descendants(Mm + property).Single().Value;
        }
        var rebuilt = SeedPdfs.Write(SeedBriefs.Layout(Brief, out var style), style, TestFonts.Set);
        Assert.Equal(SeedPdfs.Get(Brief).Bytes, rebuilt);
        Assert.NotEqual(Id(Brief, "DocumentID"), Id("2024/009.md", "DocumentID"));
        Assert.NotEqual(Id(Brief, "InstanceID"), Id("2024/009.md", "InstanceID"));
    }

    /// <summary>ISO 15930-7 6.2.2 and ISO 19005-2 6.2.2: output intents with an embedded CMYK (N = 4) output profile, one stream shared by both.</summary>
    [Fact]
    public void Output_intents_share_one_embedded_CMYK_profile()
    {
        var pdf = QpdfJson.Read(SeedPdfs.Get(Brief).Path);
        var intents = pdf.Catalog.GetProperty("/OutputIntents").EnumerateArray().Select(pdf.Resolve).ToList();
        Assert.Equal(["/GTS_PDFX", "/GTS_PDFA1"], intents.Select(i => i.GetProperty("/S").GetString()));
        var profiles = intents.Select(i => i.GetProperty("/DestOutputProfile").GetString()).Distinct().ToList();
        var profile = Assert.Single(profiles);
        Assert.All(intents, i => Assert.Equal("FOGRA39", QpdfJson.Text(i.GetProperty("/OutputConditionIdentifier"))));

        var stream = pdf.Resolve(intents[0].GetProperty("/DestOutputProfile"));
        Assert.Equal(4, stream.GetProperty("/N").GetInt32());
        var icc = pdf.StreamData(intents[0].GetProperty("/DestOutputProfile"));
        Assert.Equal(File.ReadAllBytes(Repo.Path("templates", "zhuanbao", "FOGRA39-briefbuilder.icc")), icc);
        Assert.Equal(("acsp", "prtr", "CMYK", "Lab "), (Ascii(icc, 36), Ascii(icc, 12), Ascii(icc, 16), Ascii(icc, 20)));
        output.WriteLine($"profile {profile}: {icc.Length} bytes");
    }

    /// <summary>ISO 15930-7 6.2.? (page boxes): every page has a TrimBox, and a BleedBox equal to it since nothing bleeds, inside the MediaBox.</summary>
    [Theory]
    [MemberData(nameof(SeedBriefs.Names), MemberType = typeof(SeedBriefs))]
    public void Every_page_has_a_trim_box_and_an_equal_bleed_box(string name)
    {
        var pdf = QpdfJson.Read(SeedPdfs.Get(name).Path);
        var pages = pdf.Pages();
        Assert.Equal(SeedPdfs.Get(name).Pages.Count, pages.Count);
        foreach (var page in pages)
        {
            double[] Box(string key) => page.GetProperty(key).EnumerateArray().Select(v => v.GetDouble()).ToArray();
            var media = Box("/MediaBox");
            var trim = Box("/TrimBox");
            Assert.Equal(trim, Box("/BleedBox"));
            Assert.True(trim[0] >= media[0] && trim[1] >= media[1] && trim[2] <= media[2] && trim[3] <= media[3], "TrimBox outside MediaBox");
            Assert.True(trim[2] - trim[0] > 500 && trim[3] - trim[1] > 800, "TrimBox is not the A4 sheet");
        }
    }

    /// <summary>ISO 15930-7 6.7.? (Trapped): Info /Trapped is /False, and XMP pdf:Trapped says the same.</summary>
    [Fact]
    public void Trapped_is_False_in_Info_and_XMP()
    {
        var pdf = QpdfJson.Read(SeedPdfs.Get(Brief).Path);
        Assert.Equal("/False", pdf.Get(pdf.Trailer, "/Info").GetProperty("/Trapped").GetString());
        using var document = PdfDocument.Open(SeedPdfs.Get(Brief).Bytes);
        Assert.True(document.TryGetXmpMetadata(out var metadata));
        Assert.Equal("False", Xml(metadata!).Descendants(PdfNs + "Trapped").Single().Value);
    }

    /// <summary>ISO 19005-2 6.2.11.4.1 (font programs embedded) and 6.2.11.7.2 (level U: every glyph maps to Unicode); ISO 15930-7 6.3 (fonts embedded).</summary>
    [Theory]
    [MemberData(nameof(SeedBriefs.Names), MemberType = typeof(SeedBriefs))]
    public void Every_font_is_embedded_and_every_glyph_has_a_Unicode_value(string name)
    {
        var pdf = QpdfJson.Read(SeedPdfs.Get(name).Path);
        var fonts = pdf.All.Select(o => o.Object.TryGetProperty("value", out var v) ? v : default)
            .Where(v => v.ValueKind == JsonValueKind.Object && v.TryGetProperty("/Type", out var t) && t.GetString() == "/Font" && v.GetProperty("/Subtype").GetString() == "/Type0").ToList();
        Assert.NotEmpty(fonts);
        foreach (var font in fonts)
        {
            Assert.True(font.TryGetProperty("/ToUnicode", out _), $"{font.GetProperty("/BaseFont")} has no ToUnicode map");
            var cid = pdf.Resolve(font.GetProperty("/DescendantFonts")[0]);
            var descriptor = pdf.Get(cid, "/FontDescriptor");
            Assert.True(descriptor.TryGetProperty("/FontFile2", out _) || descriptor.TryGetProperty("/FontFile3", out _), $"{font.GetProperty("/BaseFont")} is not embedded");
        }

        using var document = PdfDocument.Open(SeedPdfs.Get(name).Bytes);
        var letters = document.GetPages().SelectMany(p => p.Letters).ToList();
        Assert.NotEmpty(letters);
        Assert.All(letters, l => Assert.True(l.Value.Length > 0 && !l.Value.Contains('\uFFFD') && !l.Value.Contains('\0'), $"a glyph of {l.FontName} has no Unicode value"));
    }

    /// <summary>
    /// ISO 19005-2 6.1.3 (no Encrypt), 6.1.7.1 (no external streams: F, FFilter, FDecodeParms), 6.2.10
    /// (no transparency is used: no soft masks, transparency groups or constant alpha); ISO 15930-7 6.1.? likewise.
    /// </summary>
    [Theory]
    [MemberData(nameof(SeedBriefs.Names), MemberType = typeof(SeedBriefs))]
    public void No_transparency_encryption_or_external_content(string name)
    {
        var pdf = QpdfJson.Read(SeedPdfs.Get(name).Path);
        Assert.False(pdf.Trailer.TryGetProperty("/Encrypt", out _));
        var forbidden = new[] { "/SMask", "/Group", "/CA", "/ca", "/BM", "/F", "/FFilter", "/FDecodeParms", "/OPI", "/EmbeddedFiles", "/AA", "/OpenAction", "/URI", "/Launch" };
        foreach (var (key, obj) in pdf.All)
        {
            var dict = obj.TryGetProperty("value", out var v) ? v : obj.GetProperty("stream").GetProperty("dict");
            if (dict.ValueKind != JsonValueKind.Object) continue;
            foreach (var entry in dict.EnumerateObject())
                Assert.False(forbidden.Contains(entry.Name), $"{key} has {entry.Name}");
        }
        Assert.Equal(2, pdf.Trailer.GetProperty("/ID").GetArrayLength());
    }

    /// <summary>ISO 19005-2 6.7.2.2 (MarkInfo /Marked true) and 6.7.3.3 (StructTreeRoot); every page points into the ParentTree.</summary>
    [Theory]
    [MemberData(nameof(SeedBriefs.Names), MemberType = typeof(SeedBriefs))]
    public void The_file_is_tagged_with_a_structure_tree(string name)
    {
        var pdf = QpdfJson.Read(SeedPdfs.Get(name).Path);
        Assert.True(pdf.Catalog.GetProperty("/MarkInfo").GetProperty("/Marked").GetBoolean());
        var root = pdf.Get(pdf.Catalog, "/StructTreeRoot");
        Assert.Equal("/StructTreeRoot", root.GetProperty("/Type").GetString());
        var parentTree = root.GetProperty("/ParentTree").GetProperty("/Nums");
        var pages = pdf.Pages();
        Assert.Equal(pages.Count * 2, parentTree.GetArrayLength());
        Assert.Equal(Enumerable.Range(0, pages.Count), pages.Select(p => p.GetProperty("/StructParents").GetInt32()));
        Assert.Equal("/Document", pdf.Get(root, "/K").GetProperty("/S").GetString());
    }

    /// <summary>
    /// Reading order and roles as a screen reader meets them (pdf.js's structure tree of each page):
    /// the paragraphs laid on the page in order, headings as H1–H4, the masthead, tagline, rules and
    /// folios left out as artifacts.
    /// </summary>
    [Fact]
    public void Pdfjs_reads_each_page_s_paragraphs_in_order_with_their_roles()
    {
        var pdf = SeedPdfs.Get(Brief);
        var read = Clients.Pdfjs(pdf.Path).GetProperty("pages").EnumerateArray()
            .Select(p => p.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).Where(r => r != "Document").ToList()).ToList();
        var laidOut = pdf.Pages.Select(page => page.Items.Select(i => i.Tag).Where(t => t is not null).Distinct().Select(t => t!.Role).ToList()).ToList();
        Assert.Equal(laidOut, read);
        Assert.Equal(Headings(pdf).Select(h => $"H{h.Level}"), read.SelectMany(r => r).Where(r => r.StartsWith('H')));
        Assert.DoesNotContain(pdf.Pages[0].Items, i => i is BriefBuilder.Pdf.Layout.PlacedText t && t.Text.Contains("领军参阅") && i.Tag is not null);
    }

    /// <summary>ISO 32000-1 12.3.3 (document outline): one bookmark per heading, nested by level, as PdfPig and pdf.js read it.</summary>
    [Theory]
    [MemberData(nameof(SeedBriefs.Names), MemberType = typeof(SeedBriefs))]
    public void Bookmarks_match_the_headings(string name)
    {
        var pdf = SeedPdfs.Get(name);
        var headings = Headings(pdf);
        using var document = PdfDocument.Open(pdf.Bytes);
        if (headings.Count == 0)
        {
            Assert.False(document.TryGetBookmarks(out _));
            return;
        }
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var read = bookmarks.GetNodes().Select(n => (n.Level + 1, n.Title)).ToList();
        Assert.Equal(headings, read);
        var pdfjs = Clients.Pdfjs(pdf.Path).GetProperty("outline").EnumerateArray()
            .Select(o => (o.GetProperty("level").GetInt32(), o.GetProperty("title").GetString()!)).ToList();
        Assert.Equal(headings, pdfjs);
    }

    /// <summary>(level, text) of each heading of the brief, from the layout document and the style's tags.</summary>
    static List<(int Level, string Title)> Headings(SeedPdf pdf) => pdf.Document.Flow.OfType<LayoutParagraph>()
        .Select(p => (Level: StructureTags.HeadingLevel(pdf.Style.Paragraph(p.Style).Tag), p.Text)).Where(h => h.Level > 0).ToList();

    static string InfoEntry(UglyToad.PdfPig.Content.DocumentInformation info, string key) =>
        info.DocumentInformationDictionary!.Data[key].ToString()!.Trim('(', ')');

    static DateTimeOffset Instant(string pdfDate) =>
        DateTimeOffset.ParseExact(pdfDate.Replace("D:", "").TrimEnd('Z'), "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    /// <summary>The packet parsed as XML is read: UTF-8 unless it says otherwise (PdfPig's own GetXDocument reads it as Latin-1).</summary>
    static XDocument Xml(UglyToad.PdfPig.Content.XmpMetadata metadata) => XDocument.Load(new MemoryStream(metadata.GetXmlBytes().ToArray()));

    static string Ascii(byte[] bytes, int at) => Encoding.ASCII.GetString(bytes, at, 4);
}
