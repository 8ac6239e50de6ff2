namespace BriefBuilder.Tests.Serve;

/// <summary>brief serve --editor with a command: clicking a paragraph runs it at the paragraph's file and line.</summary>
[Collection("browser")]
public sealed class PreviewEditorTests(PreviewEditorTests.CommandSession session) : IClassFixture<PreviewEditorTests.CommandSession>
{
    /// <summary>A server whose "editor" copies the brief it is asked to open to opened-LINE in a folder of the test's.</summary>
    public sealed class CommandSession : PreviewSession
    {
        public string Probe { get; } = Directory.CreateTempSubdirectory("briefbuilder-editor-").FullName;
        protected override string? Editor => $"cp {{path}} {Probe}/opened-{{line}}";
    }

    [Fact]
    public async Task Clicking_a_paragraph_opens_the_editor_at_its_line()
    {
        var page = await session.OpenBrief("2024/020");
        var paragraph = page.Locator("[data-testid=page]").Nth(1).Locator("g[data-line]").Nth(1);
        var line = await paragraph.GetAttributeAsync("data-line");
        await paragraph.Locator("text").First.ClickAsync();
        var opened = Path.Combine(session.Probe, $"opened-{line}");
        for (var i = 0; i < 100 && !File.Exists(opened); i++) await Task.Delay(100);
        Assert.Equal(File.ReadAllText(Path.Combine(session.Workspace.Content, "2024", "020.md")), File.ReadAllText(opened));
    }
}
