using System.Net;
using BriefBuilder.Serve.Previews;
using BriefBuilder.Serve.Web;
using BriefBuilder.Tests.Building;
using Microsoft.Playwright;

namespace BriefBuilder.Tests.Serve;

/// <summary>
/// brief serve on a workspace of its own (the seed archive copied), in this process, with
/// Debian's Chromium driven by Playwright (its own driver; no browser is downloaded). One per
/// test class: the tests of a class run one after another and leave the workspace as they found it.
/// </summary>
public class PreviewSession : IAsyncLifetime
{
    /// <summary>Debian's chromium, installed by scripts/setup.</summary>
    public const string Chromium = "/usr/bin/chromium";

    readonly CancellationTokenSource stop = new();
    Task? serving;
    IPlaywright? playwright;

    internal Workspace Workspace { get; } = new();
    public string Url { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The --editor template the server is started with.</summary>
    protected virtual string? Editor => null;

    public async Task InitializeAsync()
    {
        var started = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var server = new PreviewServer(new ServeOptions(Workspace.Content, IPAddress.Loopback, 0, Editor), new PreviewArchive(Workspace.Content));
        serving = Task.Run(() => server.RunAsync(url => started.SetResult(url), stop.Token));
        Url = await started.Task.WaitAsync(TimeSpan.FromMinutes(2));
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true });
    }

    /// <summary>A new tab at <paramref name="path"/> (relative to the server), its viewport 1400 × <paramref name="height"/>.</summary>
    public async Task<IPage> Open(string path, int height = 1000)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1400, Height = height },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(Url + path.TrimStart('/'));
        return page;
    }

    /// <summary>Opens a brief's page and waits until its pages have come.</summary>
    public async Task<IPage> OpenBrief(string key, int height = 1000)
    {
        var page = await Open("brief/" + key, height);
        await page.WaitForSelectorAsync("body[data-painted]");
        return page;
    }

    public async Task DisposeAsync()
    {
        if (playwright is not null)
        {
            await Browser.CloseAsync();
            playwright.Dispose();
        }
        stop.Cancel();
        if (serving is not null) await serving;
        Workspace.Dispose();
    }
}
