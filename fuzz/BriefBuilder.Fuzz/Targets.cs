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
    static readonly FontLibrary Library = new();
    static readonly Lazy<FontIndex> Fonts = new(() => Library.Default(Path.Combine(Root, "fonts")));

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
        new PdfRenderer(style, Library.Set(style, Fonts.Value)).Write(layout, Stream.Null);
    }

    static void Html(byte[] bytes)
    {
        try
        {
            var lines = HtmlText.Lines(SourceText.Decode(bytes, "fuzz.html"));
            ArticleCleaner.Clean(lines, "fuzz.html", null);
        }
        catch (SourceError) { }
    }

    static readonly Lazy<string> DocxFile = new(() => Path.Combine(Directory.CreateTempSubdirectory("brief-fuzz-docx-").FullName, "fuzz.docx"));

    static void Docx(byte[] bytes)
    {
        File.WriteAllBytes(DocxFile.Value, bytes);
        try
        {
            ArticleCleaner.Clean(DocxText.Paragraphs(DocxFile.Value), "fuzz.docx", null);
        }
        catch (InvalidDataException) { } // the import's refusal of what is no Word document it reads
        catch (SourceError) { }
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
        var (fixedText, applied) = Linter.Fix(text, "fuzz.md");
        var (again, more) = Linter.Fix(fixedText, "fuzz.md");
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
