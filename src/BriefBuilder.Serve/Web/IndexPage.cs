using System.Net;
using System.Text;
using BriefBuilder.Serve.Previews;

namespace BriefBuilder.Serve.Web;

/// <summary>The index (<c>/</c>): every brief in series order with its numbers, date, title, pages, status and outputs.</summary>
public static class IndexPage
{
    public static string Html(IReadOnlyList<BriefView> briefs)
    {
        var rows = new StringBuilder();
        foreach (var b in briefs)
        {
            var numbers = b.Front is { } f ? $"第{f.Issue}期（总第{f.Total}期）" : "";
            var status = b.Banner is not null ? $"<span class=\"error\">{E(b.Banner.Location)}: {E(b.Banner.Message)}</span>"
                : b.Errors + b.Warnings == 0 ? "<span class=\"ok\">无问题</span>"
                : $"<span class=\"{(b.Errors > 0 ? "error" : "warning")}\">{b.Errors} 错误，{b.Warnings} 警告</span>";
            rows.Append($"""
                <tr data-testid="brief" data-key="{E(b.Key)}">
                <td><a href="/brief/{E(b.Key)}">{E(numbers)}</a></td>
                <td>{E(b.Front?.Date.ToString("yyyy-MM-dd") ?? "")}</td>
                <td><a href="/brief/{E(b.Key)}">{E(b.Front?.Title ?? b.File)}</a></td>
                <td class="n">{b.Pages.Count}</td>
                <td>{status}</td>
                <td><a href="/out/{E(b.Key)}.pdf">PDF</a> <a href="/out/{E(b.Key)}.docx">DOCX</a></td>
                </tr>
                """);
        }
        return $"""
            <!doctype html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>简报预览</title>
            <link rel="stylesheet" href="/assets/preview.css"></head>
            <body class="index">
            <h1>简报</h1>
            <table>
            <thead><tr><th>期号</th><th>日期</th><th>标题</th><th>页数</th><th>状态</th><th>输出</th></tr></thead>
            <tbody>
            {rows}
            </tbody></table>
            </body></html>
            """;
    }

    internal static string E(string text) => WebUtility.HtmlEncode(text);
}
