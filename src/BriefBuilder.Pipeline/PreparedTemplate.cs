using BriefBuilder.Pdf;
using BriefBuilder.Pdf.Fonts;
using BriefBuilder.Pdf.Writing;
using BriefBuilder.Template;

namespace BriefBuilder.Pipeline;

/// <summary>
/// A template as a pipeline uses it: loaded once, with each format's fingerprint of it and the
/// PDF's renderer over its fonts. The renderer is made on first need and in the background, so
/// loading the fonts overlaps reading and composing the first brief, and a run that skips
/// everything loads none. A pipeline keeps it while its files and fonts are unchanged.
/// </summary>
public sealed class PreparedTemplate
{
    readonly Lazy<Task<PdfRenderer>> pdf;

    public TemplateFolder Folder { get; }

    /// <summary>Per format: the template files, and the fonts when the format draws with them.</summary>
    public IReadOnlyList<string> Fingerprints { get; }

    PreparedTemplate(TemplateFolder folder, IReadOnlyList<string> fingerprints, Func<PdfRenderer> pdf)
    {
        Folder = folder;
        Fingerprints = fingerprints;
        this.pdf = new(() => Task.Run(pdf));
    }

    /// <summary>
    /// Loads the template at <paramref name="path"/>, unless <paramref name="loaded"/> was made from
    /// files and fonts in the state they are in now: brief watch rebuilds on every save, and a
    /// template whose files and fonts are as they were is not parsed again, nor its fonts opened
    /// again (a tenth of a rebuild, and the wait for a pool thread to prepare the PDF renderer).
    /// </summary>
    /// <param name="cache">The folder where the PDF keeps font subsets and the font listing between runs; null for none.</param>
    internal static (string State, PreparedTemplate Template) Load(string path, string fontFolder, string? cache,
        IReadOnlyList<OutputFormat> formats, FontLibrary library, (string State, PreparedTemplate Template)? loaded)
    {
        // Fingerprinted before loading: see Fingerprint.Folder. A missing folder is left to Load's message.
        var files = Directory.Exists(path) ? Fingerprint.Folder(path) : "";
        // Listed once: the fingerprint and the renderer see the same fonts, and the folders are not walked twice.
        var fonts = new Lazy<FontIndex>(() => library.Default(fontFolder, cache));
        var fontPrint = formats.Any(f => f.UsesFonts) ? Fingerprint.Fonts(fonts.Value) : "";
        var state = Fingerprint.Of(("template", files), ("fonts", fontPrint));
        if (loaded is { } kept && kept.State == state) return kept;

        var folder = TemplateFolder.Load(path);
        var fingerprints = formats.Select(f => Fingerprint.Of(
            ("template", files), ("fonts", f.UsesFonts ? fontPrint : ""), ("format", f.Extension))).ToList();
        var subsets = cache is null ? SubsetCache.None : new SubsetCache(Path.Combine(cache, "subsets"));
        return (state, new PreparedTemplate(folder, fingerprints, () => new PdfRenderer(folder.Style, library.Set(folder.Style, fonts.Value), subsets)));
    }

    /// <summary>Starts preparing the PDF's renderer, if it is not prepared yet.</summary>
    public void StartPdf() => _ = pdf.Value;

    /// <summary>The PDF's renderer: its layout engine and writer over the template's fonts, waiting for it to be prepared.</summary>
    public PdfRenderer Pdf => pdf.Value.GetAwaiter().GetResult();
}
