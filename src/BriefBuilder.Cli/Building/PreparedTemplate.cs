using System.Collections.Concurrent;
using BriefBuilder.Model;
using BriefBuilder.Pdf.Fonts;
using BriefBuilder.Pdf.Layout;
using BriefBuilder.Template;

namespace BriefBuilder.Cli.Building;

/// <summary>
/// A template as a run uses it: loaded once, with each format's fingerprint of it and each
/// format's writer. Writers are made on first need and in the background, so loading the fonts
/// overlaps reading and composing the first brief, and a run that skips everything loads none.
/// </summary>
public sealed class PreparedTemplate
{
    readonly Lazy<Task<Func<LayoutDocument, Stream, PageFit?>>>[] writers;

    public TemplateFolder Folder { get; }

    /// <summary>Per format: the template files, and the fonts when the format draws with them.</summary>
    public IReadOnlyList<string> Fingerprints { get; }

    PreparedTemplate(TemplateFolder folder, IReadOnlyList<string> fingerprints, Lazy<Task<Func<LayoutDocument, Stream, PageFit?>>>[] writers)
    {
        Folder = folder;
        Fingerprints = fingerprints;
        this.writers = writers;
    }

    /// <summary>
    /// The prepared templates of this process, by folder, output and formats, with the state of
    /// the files and fonts they were made from. brief watch rebuilds on every save: a template
    /// whose files and fonts are as they were is not parsed again, nor its fonts opened again
    /// (a tenth of a rebuild, and the wait for a pool thread to prepare the PDF writer).
    /// </summary>
    static readonly ConcurrentDictionary<string, (string State, PreparedTemplate Template)> Loaded = new();

    public static PreparedTemplate Load(string path, string fontFolder, string cache, IReadOnlyList<OutputFormat> formats)
    {
        // Fingerprinted before loading: see Fingerprint.Folder. A missing folder is left to Load's message.
        var files = Directory.Exists(path) ? Fingerprint.Folder(path) : "";
        // Listed once: the fingerprint and the writer see the same fonts, and the folders are not walked twice.
        var fonts = new Lazy<FontIndex>(() => FontIndex.Default(fontFolder, cache));
        var fontPrint = formats.Any(f => f.UsesFonts) ? Fingerprint.Fonts(fonts.Value) : "";
        var key = string.Join('\n', Path.GetFullPath(path), Path.GetFullPath(fontFolder), Path.GetFullPath(cache), string.Join(' ', formats.Select(f => f.Extension)));
        var state = Fingerprint.Of(("template", files), ("fonts", fontPrint));
        if (Loaded.TryGetValue(key, out var loaded) && loaded.State == state) return loaded.Template;

        var folder = TemplateFolder.Load(path);
        var fingerprints = formats.Select(f => Fingerprint.Of(
            ("template", files), ("fonts", f.UsesFonts ? fontPrint : ""), ("format", f.Extension))).ToList();
        var writers = formats.Select(f => new Lazy<Task<Func<LayoutDocument, Stream, PageFit?>>>(
            () => Task.Run(() => f.Prepare(folder.Style, fonts, cache)))).ToArray();
        var template = new PreparedTemplate(folder, fingerprints, writers);
        Loaded[key] = (state, template);
        return template;
    }

    /// <summary>Starts preparing every writer that is not prepared yet.</summary>
    public void StartWriters()
    {
        foreach (var writer in writers) _ = writer.Value;
    }

    /// <summary>The writer of format <paramref name="index"/>, waiting for it to be prepared.</summary>
    public Func<LayoutDocument, Stream, PageFit?> Writer(int index) => writers[index].Value.GetAwaiter().GetResult();
}
