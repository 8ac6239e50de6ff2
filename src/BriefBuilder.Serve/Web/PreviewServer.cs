using System.Diagnostics;
using System.Net;
using System.Text.Json;
using BriefBuilder.Pipeline;
using BriefBuilder.Serve.Previews;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BriefBuilder.Serve.Web;

/// <summary>How <c>brief serve</c> was asked to run.</summary>
/// <param name="Address">The address to listen on: the loopback unless the user says otherwise.</param>
/// <param name="Port">0 for any free port (the address printed says which).</param>
/// <param name="Editor">A URL or command with {path} and {line}, opened when a paragraph is clicked; null for none.</param>
public sealed record ServeOptions(string Content, IPAddress Address, int Port, string? Editor);

/// <summary>
/// <c>brief serve</c>: the briefs of a content folder in the browser as they will print, live. ASP.NET
/// Core's Kestrel with the minimal set of services (no static files, no directory listings, no
/// logging to the console), and routes that only read: every brief and output is looked up among
/// the briefs of the folder, never by a path the request spells, so no encoding of <c>..</c> and
/// no link can reach a file outside.
/// </summary>
public sealed class PreviewServer(ServeOptions options, PreviewArchive archive)
{
    /// <summary>Builds every brief, starts listening, and calls <paramref name="started"/> with the address; returns when <paramref name="stop"/> fires.</summary>
    public async Task RunAsync(Action<string> started, CancellationToken stop)
    {
        archive.RefreshAll();
        using var changes = new ContentChanges([archive.Content]);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(options.Address, options.Port));
        builder.Services.AddRoutingCore();
        builder.Logging.ClearProviders();
        await using var app = builder.Build();
        Routes(app);
        await app.StartAsync(stop);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        started(address + "/");
        try
        {
            await archive.WatchAsync(changes, stop);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        finally
        {
            // Open event streams end with the server, not after a grace period.
            using var now = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            await app.StopAsync(now.Token);
        }
    }

    void Routes(WebApplication app)
    {
        app.MapGet("/", (RequestDelegate)(c => Html(c, IndexPage.Html(archive.Briefs))));
        app.MapGet("/api/briefs", (RequestDelegate)(c => Json(c, archive.Briefs.Select(Summary).ToList())));
        app.MapGet("/brief/{**key}", (RequestDelegate)(c => Brief(c) is { } view
            ? Html(c, BriefPage.Html(view, options.Editor))
            : NotFound(c)));
        app.MapGet("/events/{**key}", (RequestDelegate)Events);
        app.MapGet("/out/{**path}", (RequestDelegate)Output);
        app.MapGet("/assets/{name}", (RequestDelegate)(c => Assets.Find((string)c.Request.RouteValues["name"]!) is { } asset
            ? Send(c, asset.ContentType, asset.Bytes)
            : NotFound(c)));
        app.MapPost("/api/open", (RequestDelegate)Open);
    }

    BriefView? Brief(HttpContext c) => c.Request.RouteValues["key"] is string key ? archive.Brief(key) : null;

    /// <summary>Sends the brief's state, then every change of it: only the pages that differ from what this browser has.</summary>
    async Task Events(HttpContext c)
    {
        if (Brief(c) is not { } first)
        {
            await NotFound(c);
            return;
        }
        c.Response.ContentType = "text/event-stream";
        c.Response.Headers.CacheControl = "no-cache";
        var pages = new List<string>();
        var glyphs = new HashSet<string>(StringComparer.Ordinal);
        long sent = -1;
        try
        {
            while (true)
            {
                var changed = archive.Changed;
                if (archive.Brief(first.Key) is not { } view) break;
                if (view.Version != sent)
                {
                    var update = Update(view, pages, glyphs);
                    await c.Response.WriteAsync($"data: {JsonSerializer.Serialize(update, ServeJson.Readable.PageUpdate)}\n\n", c.RequestAborted);
                    await c.Response.Body.FlushAsync(c.RequestAborted);
                    sent = view.Version;
                }
                await changed.WaitAsync(c.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The browser went away, or the server stops.
        }
    }

    PageUpdate Update(BriefView view, List<string> pages, HashSet<string> glyphs)
    {
        var patches = new List<PagePatch>();
        var defs = new System.Text.StringBuilder();
        for (var i = 0; i < view.Pages.Count; i++)
        {
            var page = view.Pages[i];
            if (i < pages.Count && pages[i] == page.Svg) continue;
            foreach (var id in page.Glyphs)
                if (glyphs.Add(id)) defs.Append(archive.Glyphs.Definition(id));
            patches.Add(new PagePatch(i, page.Svg));
        }
        pages.Clear();
        pages.AddRange(view.Pages.Select(p => p.Svg));
        return new PageUpdate(view.Version, view.Pages.Count, patches, defs.ToString(), view.Banner, view.Findings);
    }

    /// <summary>/out/2024/020.pdf: the current output of a brief of the folder, PDF or DOCX, nothing else.</summary>
    Task Output(HttpContext c)
    {
        var path = (string)c.Request.RouteValues["path"]!;
        var extension = Path.GetExtension(path);
        var type = extension switch
        {
            ".pdf" => "application/pdf",
            ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            _ => null,
        };
        if (type is null || archive.Brief(path[..^extension.Length]) is not { } view) return NotFound(c);
        var file = OutputOf(view, extension);
        // The output is ours, but a link put in its place could lead anywhere.
        if (!File.Exists(file) || !RealPath.Inside(file, RealPath.Of(archive.OutDir) ?? archive.OutDir)) return NotFound(c);
        return Send(c, type, File.ReadAllBytes(file));
    }

    string OutputOf(BriefView view, string extension) =>
        Path.Combine(archive.OutDir, Path.ChangeExtension(Path.GetRelativePath(Path.GetFullPath(archive.Content), Path.GetFullPath(view.File)), extension));

    /// <summary>
    /// Runs the editor command (a --editor that is no URL) at a brief's line. Only for a brief of
    /// the folder, and only with the arguments the user's template gives: no shell.
    /// </summary>
    async Task Open(HttpContext c)
    {
        if (options.Editor is not { } editor || EditorLink.IsUrl(editor)) { await NotFound(c); return; }
        OpenRequest? request;
        try { request = await JsonSerializer.DeserializeAsync(c.Request.Body, ServeJson.Readable.OpenRequest, c.RequestAborted); }
        catch (JsonException) { request = null; }
        var brief = request is null ? null : archive.Briefs.FirstOrDefault(b => b.File == request.File);
        if (brief is null) { c.Response.StatusCode = 400; return; }
        var start = new ProcessStartInfo { UseShellExecute = false };
        var words = EditorLink.Fill(editor, Path.GetFullPath(brief.File), request!.Line).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        start.FileName = words[0];
        foreach (var word in words.Skip(1)) start.ArgumentList.Add(word);
        try { Process.Start(start)?.Dispose(); }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            c.Response.StatusCode = 500;
            await c.Response.WriteAsync($"brief serve: the editor command failed: {e.Message}");
            return;
        }
        c.Response.StatusCode = 204;
    }

    BriefSummary Summary(BriefView v) => new(v.File, v.Key, v.Front?.Issue, v.Front?.Total, v.Front?.Date.ToString("yyyy-MM-dd"), v.Front?.Title,
        v.Pages.Count, v.Errors, v.Warnings, v.Banner?.Location is { } at ? $"{at}: {v.Banner.Message}" : null, $"/out/{v.Key}.pdf", $"/out/{v.Key}.docx");

    static Task Html(HttpContext c, string html) => Send(c, "text/html; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(html));

    static Task Json(HttpContext c, List<BriefSummary> briefs) =>
        Send(c, "application/json; charset=utf-8", JsonSerializer.SerializeToUtf8Bytes(briefs, ServeJson.Readable.ListBriefSummary));

    static Task Send(HttpContext c, string type, byte[] bytes)
    {
        c.Response.ContentType = type;
        c.Response.Headers.CacheControl = "no-store";
        c.Response.Headers["X-Content-Type-Options"] = "nosniff";
        c.Response.ContentLength = bytes.Length;
        return c.Response.Body.WriteAsync(bytes).AsTask();
    }

    static Task NotFound(HttpContext c)
    {
        c.Response.StatusCode = 404;
        return Task.CompletedTask;
    }
}
