using System.IO.Compression;
using System.Text;
using BriefBuilder.Docx;
using BriefBuilder.Import;
using BriefBuilder.Lint;
using BriefBuilder.Model;
using BriefBuilder.Pdf;
using BriefBuilder.Pdf.Fonts;
using BriefBuilder.Source;
using BriefBuilder.Template;

namespace BriefBuilder.Fuzz;

/// <summary>
/// What the fuzzer feeds: each target takes the bytes of one input. Bad input must end as the
/// program ends it for the user, a <see cref="SourceError"/> (file:line: message) or, for a
/// Word file, its refusal (<see cref="InvalidDataException"/>); any other exception, a hang, or
/// a broken property (lintfix) is a defect, and AFL++ keeps the input that shows it.
/// </summary>
public static class Targets
{
    public static readonly IReadOnlyDictionary<string, Action<byte[]>> All = new Dictionary<string, Action<byte[]>>
    {
        ["brief"] = Brief,
        ["style"] = Style,
        ["html"] = Html,
        ["docx"] = Docx,
        ["lintfix"] = LintFix,
    };

    /// <summary>The repository (BRIEF_ROOT, else found above the program) for the template, the series settings and the fonts.</summary>
    static readonly string Root = Environment.GetEnvironmentVariable("BRIEF_ROOT") ?? FindRoot();

    static readonly Lazy<SeriesSettings> Series = new(() => SeriesReader.Read(Path.Combine(Root, "fuzz", "series.yaml")));
    static readonly Lazy<TemplateFolder> Template = new(() => TemplateFolder.Load(Path.Combine(Root, "templates", "zhuanbao")));
    // One library for the whole run, as one pipeline keeps it: faces are opened once, not per input.
    // Made at the first input, never in this class's initialiser: that runs before Fuzzer.Run has
    // mapped AFL++'s coverage memory, and instrumented code run then writes through a null pointer.
    static readonly Lazy<FontLibrary> Library = new(() => new FontLibrary());
    static readonly Lazy<FontIndex> Fonts = new(() => Library.Value.Default(Path.Combine(Root, "fonts")));

    /// <summary>Front matter and Markdown through the Source stage, the template and both writers.</summary>
    static void Brief(byte[] bytes)
    {
        try
        {
            var brief = BriefReader.Parse(SourceText.Decode(bytes, "fuzz.md"), "fuzz.md");
            Render(Composer.Compose(brief, Series.Value, Template.Value), Template.Value.Style);
        }
        catch (SourceError) { }
        catch (MissingGlyphException) { } // a character no installed font has: the build's error at the brief
    }

    static readonly Lazy<string> StyleFolder = new(() =>
    {
        var folder = Directory.CreateTempSubdirectory("brief-fuzz-style-").FullName;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, "templates", "zhuanbao")))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        return folder;
    });

    static readonly Lazy<Brief> SmallBrief = new(() => BriefReader.Read(Path.Combine(Root, "fuzz", "corpus", "brief", "short.md")));

    /// <summary>A style.yaml read and, when it is accepted, a short brief set with it by both writers.</summary>
    static void Style(byte[] bytes)
    {
        File.WriteAllBytes(Path.Combine(StyleFolder.Value, StyleReader.FileName), bytes);
        try
        {
            var template = TemplateFolder.Load(StyleFolder.Value);
            Render(Composer.Compose(SmallBrief.Value, Series.Value, template), template.Style);
        }
        catch (SourceError) { }
        catch (MissingGlyphException) { }
    }

    static void Render(LayoutDocument layout, HouseStyle style)
    {
        DocxWriter.Write(layout, style, Stream.Null);
        new PdfRenderer(style, Library.Value.Set(style, Fonts.Value)).Write(layout, Stream.Null);
    }

    /// <summary>A web page through brief import, as the command reads it (<see cref="ArticleReader"/>: its limits too).</summary>
    static void Html(byte[] bytes) => Import("fuzz.html", bytes);

    /// <summary>
    /// A Word document through brief import. The input is word/document.xml, which this packs with
    /// the two parts every package needs into a valid .docx: mutating the zip's bytes, AFL++ would
    /// spend its time on checksums and never reach the XML the import reads. (A file that is no zip,
    /// or a zip bomb, is the import's tests' business: HostileImportTests.)
    /// </summary>
    static void Docx(byte[] bytes)
    {
        using (var file = File.Create(Path.Combine(Scratch.Value, "fuzz.docx")))
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create))
        {
            foreach (var (name, part) in PackageParts.Append(("word/document.xml", bytes)))
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                entry.Write(part);
            }
        }
        Import("fuzz.docx", null);
    }

    static readonly (string Name, byte[] Bytes)[] PackageParts =
    [
        ("[Content_Types].xml", Encoding.UTF8.GetBytes("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""")),
        ("_rels/.rels", Encoding.UTF8.GetBytes("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""")),
    ];

    static readonly Lazy<string> Scratch = new(() => Directory.CreateTempSubdirectory("brief-fuzz-import-").FullName);

    /// <summary>The file (written first when <paramref name="bytes"/> are given) read and cleaned as brief import does.</summary>
    static void Import(string name, byte[]? bytes)
    {
        var path = Path.Combine(Scratch.Value, name);
        if (bytes is not null) File.WriteAllBytes(path, bytes);
        try
        {
            ArticleCleaner.Clean(ArticleReader.Read(path), path, null);
        }
        catch (SourceError) { } // the import's refusal, at the file: what is no article it reads, or one past its limits
    }

    /// <summary>
    /// lint --fix's properties: fixing again changes nothing (idempotence); only lines a fix names
    /// change, and no line is added or lost; a brief that could be read still can.
    /// </summary>
    static void LintFix(byte[] bytes)
    {
        string text;
        try { text = SourceText.Decode(bytes, "fuzz.md"); }
        catch (SourceError) { return; }
        var (fixedText, applied, _) = Linter.Fix(text, "fuzz.md");
        var (again, more, _) = Linter.Fix(fixedText, "fuzz.md");
        if (more.Count > 0 || again != fixedText)
            throw new InvalidOperationException($"lint --fix is not idempotent: a second run fixed {string.Join(", ", more.Select(f => $"{f.Diagnostic.Line}:{f.Diagnostic.Code}"))}");
        var (before, after) = (text.Split('\n'), fixedText.Split('\n'));
        if (before.Length != after.Length) throw new InvalidOperationException($"lint --fix made {before.Length} lines {after.Length}");
        var named = applied.Select(f => f.Fix!.Line).ToHashSet();
        for (var i = 0; i < before.Length; i++)
            if (before[i] != after[i] && !named.Contains(i + 1))
                throw new InvalidOperationException($"lint --fix changed line {i + 1}, which no finding names");
        var readable = Linter.Check(text, "fuzz.md").All(f => f.Diagnostic.Code != "source");
        if (readable && Linter.Check(fixedText, "fuzz.md").Any(f => f.Diagnostic.Code == "source"))
            throw new InvalidOperationException("lint --fix made a readable brief unreadable");
    }

    static string FindRoot()
    {
        for (var dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
            if (File.Exists(Path.Combine(dir, "BriefBuilder.sln"))) return dir;
        throw new InvalidOperationException("set BRIEF_ROOT to the repository");
    }
}
