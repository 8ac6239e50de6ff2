using System.Collections.Concurrent;
using BriefBuilder.Model;
using BriefBuilder.Numbering;
using BriefBuilder.Pdf.Fonts;
using BriefBuilder.Pdf.Layout;
using BriefBuilder.Source;
using BriefBuilder.Template;

namespace BriefBuilder.Pipeline;

/// <summary>
/// A brief's way from source to outputs, wired once: read (Source), checked (numbering, lint, the
/// placeholders brief new left), composed (Template), laid out and written (PDF, DOCX). Every
/// command takes its stages from here: build and watch all of them, a dump the build without its
/// writers, fonts --check as far as the template, publish the build and then the catalogue.
/// <para>
/// It keeps, for as long as it lives and never beyond (no state outside the object: a test takes a
/// fresh one), what would be costly to make again while unchanged: each template with its fonts
/// (kept while the template's files and the font files are as they were), the fonts found and
/// opened (<see cref="Fonts"/>), the archive's front matter (<see cref="Numbering"/>). A process
/// that lives long (watch, a preview server) holds one and rebuilds a brief incrementally with it.
/// </para>
/// </summary>
public sealed class BriefPipeline
{
    readonly ConcurrentDictionary<string, (string State, PreparedTemplate Template)> templates = new();

    /// <summary>The fonts found and opened, each kept while its files are unchanged.</summary>
    public FontLibrary Fonts { get; } = new();

    /// <summary>The numbering check, with the front matter it has read.</summary>
    public SeriesGate Numbering { get; } = new();

    /// <summary>What the briefs of one run (a build, one rebuild of watch) share; see <see cref="RunInputs"/>.</summary>
    /// <param name="cache">Folder for what writers keep between runs (font subsets, the font listing); null for none.</param>
    public RunInputs Run(IReadOnlyList<OutputFormat> formats, string? cache) => new(this, formats, cache);

    /// <summary>The template at <paramref name="path"/>, prepared for <paramref name="formats"/>: the one kept, while its files and fonts are unchanged.</summary>
    internal PreparedTemplate Template(string path, string fontFolder, string? cache, IReadOnlyList<OutputFormat> formats)
    {
        var key = string.Join('\n', Path.GetFullPath(path), Path.GetFullPath(fontFolder), cache is null ? "" : Path.GetFullPath(cache), string.Join(' ', formats.Select(f => f.Extension)));
        var loaded = PreparedTemplate.Load(path, fontFolder, cache, formats, Fonts, templates.TryGetValue(key, out var kept) ? kept : null);
        templates[key] = loaded;
        return loaded.Template;
    }

    /// <summary>The Source stage: the brief's front matter and body as the editor wrote them.</summary>
    public Brief Read(string brief) => BriefReader.Read(brief);

    /// <summary>
    /// The brief read, checked for what brief new left unfinished, and composed by its series'
    /// template: everything the build does before any output is drawn.
    /// </summary>
    public ComposedBrief Compose(string brief, RunInputs run) => Compose(Read(brief), run);

    /// <summary>A brief already read, checked for what brief new left unfinished and composed by its series' template.</summary>
    public ComposedBrief Compose(Brief brief, RunInputs run)
    {
        var (content, _) = run.Content(brief.File);
        var template = run.Template(content);
        if (NextBrief.Placeholder(brief) is { } unfinished) throw unfinished;
        return new ComposedBrief(brief, content, template, Composer.Compose(brief, content.Series, template.Folder));
    }

    /// <summary>The PDF's pages of a composed brief, placed, without writing a file.</summary>
    public IReadOnlyList<PlacedPage> Pages(ComposedBrief brief) => brief.Template.Pdf.Layout(brief.Layout);

    /// <summary>
    /// Every output of a composed brief, made in memory first, the formats side by side (with few
    /// briefs, that is what keeps both cores busy): a brief that fails in the PDF leaves no new DOCX
    /// either. The last format (the PDF, the longest) is made on this thread, which would
    /// otherwise only wait: queued for the pool, it waited up to 6 ms for a thread.
    /// </summary>
    public Rendered Render(ComposedBrief brief, IReadOnlyList<OutputFormat> formats)
    {
        var last = formats.Count - 1;
        var others = Enumerable.Range(0, last).Select(i => Task.Run(() => Render(brief, formats[i]))).ToList();
        var lastOutput = Render(brief, formats[last]);
        var outputs = others.Select(o => o.GetAwaiter().GetResult()).Append(lastOutput).ToList();
        return new Rendered(outputs.Select(o => o.Bytes).ToList(), outputs.Select(o => o.LaidOut).OfType<LaidOut>().FirstOrDefault());
    }

    static (MemoryStream Bytes, LaidOut? LaidOut) Render(ComposedBrief brief, OutputFormat format)
    {
        var bytes = new MemoryStream();
        var laidOut = format.Write(brief.Template, brief.Layout, bytes);
        return (bytes, laidOut);
    }

    /// <summary>
    /// Builds one brief into <paramref name="options"/>' folder: skipped when its outputs were made
    /// from the same inputs (see <see cref="BuildManifest"/>), else composed, rendered, and written
    /// once <paramref name="mayWrite"/> says the gates have passed. A bad brief is reported with file
    /// and line (<see cref="Failure"/>), never thrown.
    /// </summary>
    public BriefResult Build(string brief, BuildOptions options, RunInputs run, BuildManifest manifest, Func<bool> mayWrite)
    {
        try
        {
            var (content, series) = run.Content(brief);
            var template = run.Template(content);
            // Taken before the brief is read: an edit made meanwhile leaves a fingerprint that no longer matches.
            var source = Fingerprint.File(brief);
            var figures = Fingerprint.Figures(brief);
            var targets = run.Formats.Select((format, i) => (
                Path: content.OutputPath(brief, options.OutDir, format.Extension),
                Inputs: Fingerprint.Of([("program", run.Program), ("brief", source), ("series", series), ("template", template.Fingerprints[i]), .. figures])))
                .ToList();
            if (!options.Force && targets.All(t => manifest.IsCurrent(t.Path, t.Inputs)))
                return BriefResult.Skipped(brief, targets.Select(t => manifest.Fit(t.Path)).OfType<PageFit>().FirstOrDefault());

            if (run.Formats.Any(f => f.UsesFonts)) template.StartPdf();
            var rendered = Render(Compose(brief, run), run.Formats);
            if (!mayWrite()) return BriefResult.Skipped(brief);
            var written = new List<KeyValuePair<string, BuildManifest.Entry>>();
            for (var i = 0; i < targets.Count; i++)
            {
                UserFile.Write(targets[i].Path, stream => rendered.Bytes[i].WriteTo(stream));
                written.Add(BuildManifest.Written(options.OutDir, targets[i].Path, targets[i].Inputs, run.Formats[i].UsesFonts ? rendered.PdfPages?.Fit : null));
            }
            return BriefResult.Built(brief, targets.Select(t => ContentFolder.Relative(t.Path)).ToList(), written, rendered.PdfPages?.Fit) with { Pages = rendered.PdfPages?.Pages };
        }
        catch (Exception e)
        {
            return BriefResult.Failed(brief, Failure(brief, e)) with { FailedAt = e is SourceError error ? new SourceRef(error.File, error.Line) : null };
        }
    }

    /// <summary>
    /// The line a brief's failure is reported with, the same from every command: the file and line
    /// to fix where the input is at fault, the brief where a file or font could not be had, and for
    /// a fault of the program, a line that says so, naming the brief, while the other briefs build.
    /// </summary>
    public static string Failure(string brief, Exception e) => e switch
    {
        SourceError error => $"{error.Location}: error: {error.Message}",
        MissingGlyphException or IOException or UnauthorizedAccessException => $"{brief}: error: {e.Message}",
        _ => $"{brief}: error: the build failed ({e.GetType().Name}: {e.Message}); this is a bug of brief, please report it with the brief",
    };

    /// <summary>
    /// The errors that stop a build of <paramref name="inputs"/> before anything is written: the
    /// numbering's, of every archive that holds one of them, then the briefs' lint errors.
    /// </summary>
    public (IReadOnlyList<Diagnostic> Numbering, IReadOnlyList<Diagnostic> Lint) Gates(IReadOnlyList<string> inputs)
    {
        var numbering = Task.Run(() => Numbering.ErrorsFor(inputs));
        var lint = LintGate.For(inputs);
        return (numbering.GetAwaiter().GetResult(), lint);
    }

    /// <summary>
    /// A brief's text sorted by the font role that will draw it, as the PDF sets it (what
    /// <c>brief fonts --check</c> checks): every kind of block says which runs it prints in which
    /// paragraph style; page numbers are in the folio's fonts, every digit of them.
    /// </summary>
    public IEnumerable<(string Role, string Text)> RoleTexts(string brief, RunInputs run)
    {
        var composed = Compose(brief, run);
        return Pipeline.RoleTexts.Of(composed.Layout, composed.Template.Folder.Style);
    }

    /// <summary>The year's catalogue in every format, from the template and fonts of <paramref name="content"/>.</summary>
    public IReadOnlyList<(OutputFormat Format, byte[] Bytes)> Catalogue(int year, IReadOnlyList<CatalogueEntry> entries, ContentFolder content, RunInputs run)
    {
        var template = run.Template(content);
        var layout = BriefBuilder.Template.Catalogue.Compose(year, entries, content.Series, template.Folder);
        return run.Formats.Select(format =>
        {
            using var bytes = new MemoryStream();
            format.Write(template, layout, bytes);
            return (format, bytes.ToArray());
        }).ToList();
    }
}

/// <summary>A brief read and composed: the brief, the folder and template it was composed with, and the layout the writers draw.</summary>
public sealed record ComposedBrief(Brief Brief, ContentFolder Content, PreparedTemplate Template, LayoutDocument Layout);

/// <summary>A brief's outputs in memory, one per format in order, and the pages the PDF was drawn from with how the brief fills them (none without a PDF).</summary>
public sealed record Rendered(IReadOnlyList<MemoryStream> Bytes, LaidOut? PdfPages);
