using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace BriefBuilder.Import;

/// <summary>
/// The visible text of a web page as lines, one per block element. A page's article is flat
/// text in p, div and h elements; a tag scanner with the browser's entity table
/// (WebUtility.HtmlDecode) reads it without an HTML library. What never shows as article text
/// (head, script, style, nav, header, footer, comments) is skipped whole.
/// </summary>
public static partial class HtmlText
{
    [GeneratedRegex(@"<!--.*?-->|<(head|script|style|nav|header|footer|noscript|template)\b.*?</\1\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Hidden();

    [GeneratedRegex(@"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>")]
    private static partial Regex Tag();

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
        { "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table", "section", "article", "blockquote", "figcaption", "figure", "hr", "ul", "ol" };

    public static IReadOnlyList<string> Lines(string html)
    {
        var text = new StringBuilder();
        var visible = Hidden().Replace(html, "");
        var at = 0;
        foreach (Match tag in Tag().Matches(visible))
        {
            text.Append(Collapse(visible[at..tag.Index]));
            if (Blocks.Contains(tag.Groups[2].Value)) text.Append('\n');
            at = tag.Index + tag.Length;
        }
        text.Append(Collapse(visible[at..]));
        return WebUtility.HtmlDecode(text.ToString()).Split('\n');
    }

    // Source line breaks inside an element are spaces, as a browser shows them.
    private static string Collapse(string s) => s.Replace('\r', ' ').Replace('\n', ' ');
}
