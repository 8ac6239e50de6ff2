using BriefBuilder.Tests.Building;
using Microsoft.Playwright;

namespace BriefBuilder.Tests.Serve;

/// <summary>
/// brief serve while an editor saves: the open page follows each save without a reload, keeps its
/// scroll, replaces only the pages that changed, shows a broken brief's error over its last good
/// pages, and redraws every page when style.yaml changes. Each test puts the files back as they were.
/// </summary>
[Collection("browser")]
public sealed class PreviewLiveTests(PreviewSession session) : IClassFixture<PreviewSession>
{
    /// <summary>How long a save may take to show in a test (the benchmark times the real figure: bench/serve-latency).</summary>
    static readonly TimeSpan Bound = TimeSpan.FromSeconds(15);

    const string Brief = "2024/009.md";
    // A paragraph well down the brief: an edit there leaves page 1 as it was.
    const string Marker = "三是面向世界科技前沿";

    [Fact]
    public async Task A_saved_edit_shows_in_place_with_the_scroll_kept()
    {
        var page = await session.OpenBrief("2024/009");
        var pages = page.Locator("[data-testid=page]");
        var count = await pages.CountAsync();
        await MarkPages(page);
        await page.Locator("#pages").EvaluateAsync("p => p.scrollTop = 900");
        var version = await Version(page);

        await Edit(Brief, text => text.Replace(Marker, Marker + "测试添加"));
        try
        {
            await WaitForVersionAfter(page, version);
            Assert.Contains("测试添加", await page.Locator("#pages").EvaluateAsync<string>("p => p.textContent"));
            Assert.Equal(900, await page.Locator("#pages").EvaluateAsync<double>("p => p.scrollTop"), 1.0);
            // Page 1 did not change: its element is the one that was there, not a new copy.
            Assert.True(await pages.First.EvaluateAsync<bool>("svg => svg.marked === true"), "page 1 was sent again");
            Assert.Contains(false, await Marks(page));
            Assert.InRange(await pages.CountAsync(), count, count + 1);
        }
        finally
        {
            await Restore(page, Brief, text => text.Replace(Marker + "测试添加", Marker));
        }
    }

    [Fact]
    public async Task A_broken_brief_keeps_its_last_good_pages_under_a_banner_until_it_is_fixed()
    {
        var page = await session.OpenBrief("2024/009");
        var banner = page.Locator("[data-testid=banner]");
        Assert.False(await banner.IsVisibleAsync());
        var before = await PageTexts(page);
        var version = await Version(page);
        var lines = File.ReadAllLines(Path.Combine(session.Workspace.Content, Brief)).ToList();
        var at = lines.FindIndex(l => l.StartsWith(Marker, StringComparison.Ordinal));
        // A list has no place in the house format: the build stops at its line.
        lines.Insert(at + 1, "");
        lines.Insert(at + 2, "- 一个列表项");
        await Edit(Brief, _ => string.Join('\n', lines) + "\n");
        try
        {
            await WaitForVersionAfter(page, version);
            await banner.WaitForAsync(new LocatorWaitForOptions { Timeout = (float)Bound.TotalMilliseconds });
            Assert.Contains($"2024/009.md:{at + 3}", await banner.InnerTextAsync());
            Assert.Equal(before, await PageTexts(page));
            Assert.Contains($"2024/009.md:{at + 3}", string.Join('\n', await page.Locator("[data-testid=finding]").AllInnerTextsAsync()));
        }
        finally
        {
            version = await Version(page);
            await Edit(Brief, _ => string.Join('\n', lines.Where((_, i) => i != at + 1 && i != at + 2)) + "\n");
            await WaitForVersionAfter(page, version);
        }
        await banner.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden, Timeout = (float)Bound.TotalMilliseconds });
        Assert.Equal(before, await PageTexts(page));
    }

    [Fact]
    public async Task A_change_of_style_yaml_redraws_every_page()
    {
        var page = await session.OpenBrief("2024/009");
        await MarkPages(page);
        var version = await Version(page);
        var style = Path.Combine(session.Workspace.Root, "templates", "zhuanbao", "style.yaml");
        var original = File.ReadAllText(style);
        const string black = "black: { cmyk: [0, 0, 0, 100] }";
        Assert.Contains(black, original);
        File.WriteAllText(style, original.Replace(black, "black: { cmyk: [0, 0, 0, 90] }"));
        try
        {
            await WaitForVersionAfter(page, version);
            Assert.DoesNotContain(true, await Marks(page));
            Assert.DoesNotContain("fill=\"#000000\"", await page.Locator("#pages").InnerHTMLAsync());
        }
        finally
        {
            version = await Version(page);
            File.WriteAllText(style, original);
            await WaitForVersionAfter(page, version);
        }
    }

    async Task Edit(string brief, Func<string, string> change)
    {
        var path = Path.Combine(session.Workspace.Content, brief);
        var text = File.ReadAllText(path);
        var changed = change(text);
        Assert.NotEqual(text, changed);
        await File.WriteAllTextAsync(path, changed);
    }

    async Task Restore(IPage page, string brief, Func<string, string> change)
    {
        var version = await Version(page);
        await Edit(brief, change);
        await WaitForVersionAfter(page, version);
    }

    static Task<string> Version(IPage page) => page.EvaluateAsync<string>("() => document.body.dataset.painted");

    static Task WaitForVersionAfter(IPage page, string version) =>
        page.WaitForFunctionAsync("v => document.body.dataset.painted !== v", version, new PageWaitForFunctionOptions { Timeout = (float)Bound.TotalMilliseconds });

    static Task MarkPages(IPage page) => page.EvaluateAsync("() => document.querySelectorAll('[data-testid=page]').forEach(p => p.marked = true)");

    static Task<bool[]> Marks(IPage page) => page.EvaluateAsync<bool[]>("() => [...document.querySelectorAll('[data-testid=page]')].map(p => p.marked === true)");

    static Task<string[]> PageTexts(IPage page) =>
        page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('[data-testid=page]')].map(p => p.textContent)");
}
