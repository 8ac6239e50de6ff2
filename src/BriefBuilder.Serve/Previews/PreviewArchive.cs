using System.Collections.Immutable;
using BriefBuilder.Model;
using BriefBuilder.Pdf.Layout;
using BriefBuilder.Pipeline;
using BriefBuilder.Serve.Svg;
using BriefBuilder.Source;

namespace BriefBuilder.Serve.Previews;

/// <summary>
/// The briefs of one content folder as the preview shows them, kept up to date: every save is
/// built as <c>brief watch</c> builds it (the same pipeline object, gates and manifest, so the
/// outputs in out/ are rewritten too), and the PDF engine's placed pages of each built brief are
/// drawn as SVG. A brief that fails keeps its last good pages, with the error as its banner.
/// One refresh runs at a time; readers take the views as they stand, never a half-made one.
/// </summary>
public sealed class PreviewArchive
{
    readonly BriefPipeline pipeline = new();
    readonly GlyphSheet sheet = new();
    readonly BuildOptions options;
    readonly object refreshing = new();
    ImmutableDictionary<string, BriefView> views = ImmutableDictionary<string, BriefView>.Empty.WithComparers(StringComparer.Ordinal);
    TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    long version;

    /// <param name="content">The content folder (the one holding series.yaml).</param>
    public PreviewArchive(string content)
    {
        Content = content;
        Root = Path.GetFullPath(content);
        RealRoot = RealPath.Of(Root) ?? Root;
        options = new BuildOptions(ContentFolder.DefaultOutput([content]), OutputFormats.Select("all"));
    }

    /// <summary>The content folder as given, and its full and real paths.</summary>
    public string Content { get; }
    string Root { get; }
    string RealRoot { get; }

    /// <summary>Where the outputs are written: out/ beside the content folder.</summary>
    public string OutDir => options.OutDir;

    /// <summary>The glyph outlines the pages refer to.</summary>
    public GlyphSheet Glyphs => sheet;

    /// <summary>Completes at the next change of any view: take it before reading the views, so no change falls between.</summary>
    public Task Changed => Volatile.Read(ref changed).Task;

    /// <summary>Every brief in series order: by 总第, then by path (a brief whose front matter cannot be read comes last).</summary>
    public IReadOnlyList<BriefView> Briefs =>
        views.Values.OrderBy(v => v.Front is null).ThenBy(v => v.Front?.Total).ThenBy(v => v.Key, StringComparer.Ordinal).ToList();

    /// <summary>The brief at <paramref name="key"/> (<c>2024/020</c>), or null: only briefs of the folder are ever looked up.</summary>
    public BriefView? Brief(string key) => views.GetValueOrDefault(key);

    /// <summary>Builds and draws every brief of the folder.</summary>
    public void RefreshAll() => Refresh([Content]);

    /// <summary>
    /// Builds and draws the briefs at or under <paramref name="inputs"/> (a batch of
    /// <see cref="ContentChanges"/>), and takes the numbering's findings anew for every brief,
    /// since one brief's number can make another's wrong.
    /// </summary>
    public void Refresh(IReadOnlyList<string> inputs)
    {
        lock (refreshing)
        {
            var briefs = inputs.Where(i => File.Exists(i) || Directory.Exists(i)).SelectMany(ContentFolder.Briefs)
                .Where(b => RealPath.Inside(b, RealRoot)).Select(b => ContentFolder.Relative(Path.GetFullPath(b)))
                .Distinct().Order(StringComparer.Ordinal).ToList();
            var numbering = Numbering();
            // Numbering errors anywhere in the archive stop every build, as brief build stops.
            var stop = numbering.FirstOrDefault(d => d.Severity == "error" && d.Code != "front-matter");
            var run = pipeline.Run(options.Formats, options.CacheFolder);
            var manifest = BuildManifest.Load(options.OutDir);
            var made = new (BriefView View, BriefResult Result)[briefs.Count];
            Parallel.For(0, briefs.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                i => made[i] = Build(briefs[i], numbering, stop, run, manifest));
            var written = made.SelectMany(m => m.Result.Written).ToList();
            if (written.Count > 0) BuildManifest.Save(options.OutDir, written);

            var next = views;
            // A full refresh drops the briefs that are gone.
            if (inputs.Any(i => Path.GetFullPath(i) == Root))
                next = next.RemoveRange(next.Values.Where(v => !File.Exists(v.File)).Select(v => v.Key));
            foreach (var (view, _) in made) next = Replace(next, view);
            foreach (var view in next.Values.Where(v => !briefs.Contains(v.File)))
                next = Replace(next, view with { Findings = [.. Own(numbering, view.File), .. view.Findings.Where(f => f.Check != "numbering")] });
            Publish(next);
        }
    }

    /// <summary>Refreshes on every batch of saves, until <paramref name="cancel"/> fires.</summary>
    public async Task WatchAsync(ContentChanges changes, CancellationToken cancel)
    {
        while (true)
        {
            var batch = await changes.Next(cancel);
            try
            {
                Refresh(batch);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A preview that dies on a bad save is no use: the next save is tried again.
                Console.Error.WriteLine($"brief serve: error: {e.Message}");
            }
        }
    }

    (BriefView, BriefResult) Build(string brief, IReadOnlyList<Finding> numbering, Finding? stop, RunInputs run, BuildManifest manifest)
    {
        var lint = LintGate.Check(brief).Select(f => Finding.Of("lint", f.Diagnostic)).ToList();
        var gate = stop ?? lint.FirstOrDefault(f => f.Severity == "error" && f.Code != "source");
        var result = pipeline.Build(brief, options, run, manifest, mayWrite: () => gate is null);
        var key = Key(brief);
        var old = views.GetValueOrDefault(key);
        var failure = result.Status == BriefStatus.Failed ? Failure(brief, result) : null;
        var pages =
            result.Status == BriefStatus.Built ? Draw(brief, result.Pages!, run)
            // Outputs already current, after a failure: the brief was put back as it was built; draw it.
            : result.Status == BriefStatus.Skipped && gate is null && old is { Banner: not null } ? Layout(brief, run)
            : old is { Pages.Count: > 0 } ? old.Pages
            : Layout(brief, run);
        var findings = Own(numbering, brief).Concat(lint.Where(f => f.Code != "source")).Concat(failure is null ? [] : [failure]).ToList();
        var view = new BriefView(0, key, brief, Front(brief) ?? old?.Front, pages, failure ?? gate, findings);
        return (view, result);
    }

    /// <summary>The pages laid out without writing anything (outputs current, or a first look at a brief its gates stop); none when it fails.</summary>
    IReadOnlyList<PageDrawing> Layout(string brief, RunInputs run)
    {
        try
        {
            return Draw(brief, pipeline.Pages(pipeline.Compose(brief, run)), run);
        }
        catch (Exception)
        {
            return []; // the build's own failure is the banner
        }
    }

    IReadOnlyList<PageDrawing> Draw(string brief, IReadOnlyList<PlacedPage> pages, RunInputs run)
    {
        var page = run.Template(run.Content(brief).Folder).Folder.Style.Page;
        return pages.Select(p => SvgPage.Draw(p, page.Width, page.Height, sheet)).ToList();
    }

    FrontMatter? Front(string brief)
    {
        try { return pipeline.Read(brief).Front; }
        catch (Exception e) when (e is SourceError or IOException or UnauthorizedAccessException) { return null; }
    }

    /// <summary>Every numbering finding of the archive, warnings too (the index shows gaps).</summary>
    IReadOnlyList<Finding> Numbering()
    {
        try
        {
            return pipeline.Numbering.Check(ContentFolder.Relative(Root)).Select(d => Finding.Of("numbering", d)).ToList();
        }
        catch (SourceError e)
        {
            return [new Finding("numbering", e.File, e.Line, "error", "series", e.Message, "")];
        }
    }

    static IEnumerable<Finding> Own(IReadOnlyList<Finding> findings, string brief) =>
        findings.Where(f => Path.GetFullPath(f.File) == Path.GetFullPath(brief));

    static Finding Failure(string brief, BriefResult result)
    {
        var at = result.FailedAt ?? new SourceRef(brief, 0);
        var error = result.Error ?? "";
        var marker = ": error: ";
        var message = error.Contains(marker) ? error[(error.IndexOf(marker, StringComparison.Ordinal) + marker.Length)..] : error;
        return new Finding("build", at.File, at.Line, "error", "build", message, "");
    }

    /// <summary>The key a brief is looked up by: its path in the content folder, without .md, with forward slashes.</summary>
    string Key(string brief) => FilePaths.Display(Path.ChangeExtension(Path.GetRelativePath(Root, Path.GetFullPath(brief)), null));

    ImmutableDictionary<string, BriefView> Replace(ImmutableDictionary<string, BriefView> next, BriefView view)
    {
        var old = next.GetValueOrDefault(view.Key);
        if (old is not null && Same(old, view)) return next;
        return next.SetItem(view.Key, view with { Version = Interlocked.Increment(ref version) });
    }

    static bool Same(BriefView a, BriefView b) =>
        a.File == b.File && Equals(a.Front, b.Front) && a.Banner == b.Banner && a.Pages.SequenceEqual(b.Pages) && a.Findings.SequenceEqual(b.Findings);

    void Publish(ImmutableDictionary<string, BriefView> next)
    {
        if (ReferenceEquals(next, views)) return;
        Volatile.Write(ref views, next);
        Interlocked.Exchange(ref changed, new(TaskCreationOptions.RunContinuationsAsynchronously)).SetResult();
    }
}
