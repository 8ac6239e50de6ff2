using BriefBuilder.Serve.Previews;
using static BriefBuilder.Serve.Web.IndexPage;

namespace BriefBuilder.Serve.Web;

/// <summary>
/// A brief's page: its pages at a zoom the reader picks, its findings beside them, a banner while
/// it is broken. The page holds no pages itself: the first event of its stream (/events/KEY)
/// brings them, and each later one only what changed. A column is left for an editor pane.
/// </summary>
public static class BriefPage
{
    public static string Html(BriefView brief, string? editor)
    {
        var numbers = brief.Front is { } f ? $"第{f.Issue}期（总第{f.Total}期）" : brief.Key;
        var editorUrl = editor is not null && EditorLink.IsUrl(editor) ? editor : "";
        var editorCommand = editor is not null && !EditorLink.IsUrl(editor) ? "command" : "";
        return $"""
            <!doctype html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>{E(numbers)} {E(brief.Front?.Title ?? "")}</title>
            <link rel="stylesheet" href="/assets/preview.css"></head>
            <body class="brief" data-key="{E(brief.Key)}" data-cwd="{E(Environment.CurrentDirectory)}" data-editor-url="{E(editorUrl)}" data-editor="{editorCommand}">
            <header>
              <a href="/">简报</a>
              <span class="numbers">{E(numbers)}</span>
              <span class="title">{E(brief.Front?.Title ?? brief.File)}</span>
              <span class="zoom">
                <button type="button" data-zoom="-1" title="缩小">−</button>
                <select id="zoom" aria-label="缩放">
                  <option value="0.5">50%</option><option value="0.75">75%</option><option value="1" selected>100%</option>
                  <option value="1.25">125%</option><option value="1.5">150%</option><option value="2">200%</option>
                </select>
                <button type="button" data-zoom="1" title="放大">+</button>
              </span>
              <a href="/out/{E(brief.Key)}.pdf">PDF</a> <a href="/out/{E(brief.Key)}.docx">DOCX</a>
              <span id="source" data-testid="source"></span>
            </header>
            <div id="banner" data-testid="banner" hidden></div>
            <main>
              <aside id="editor-pane" hidden></aside>
              <section id="pages" aria-label="页面"></section>
              <aside id="panel"><h2>检查结果</h2><ul id="findings"></ul></aside>
            </main>
            <svg id="glyphs" width="0" height="0" aria-hidden="true"><defs></defs></svg>
            <script src="/assets/preview.js"></script>
            </body></html>
            """;
    }
}
