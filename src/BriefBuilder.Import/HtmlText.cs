using System.Net;
using System.Text;

namespace BriefBuilder.Import;

/// <summary>
/// The visible text of a web page as lines, one per block element, read as a browser reads it
/// in one pass over the page (no HTML library: an article is flat text in p, div and h
/// elements). Comments, <c>&lt;!DOCTYPE …&gt;</c> and <c>&lt;?…?&gt;</c> are markup, never text;
/// an attribute value may hold '&gt;'; script and style are raw text up to their end tag. What
/// never shows as article text (head, script, style, nav, header, footer, noscript, template)
/// is skipped with all it holds; an element left open holds the rest of its parent, as in a
/// browser. Entities are decoded with the browser's table (WebUtility.HtmlDecode). An image is a
/// line of its own: the picture marker (<see cref="ArticlePicture.Marker"/>) and its address
/// (src); its address and alt text come with the lines.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
        { "head", "script", "style", "nav", "header", "footer", "noscript", "template" };

    // Their content is text up to the end tag, never markup.
    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
        { "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes" };

    // Elements that have no end tag and so are never open.
    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
        { "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr" };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
        { "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table", "section", "article", "blockquote", "figcaption", "figure", "hr", "ul", "ol" };

    public static IReadOnlyList<string> Lines(string html) => Read(html).Lines;

    /// <summary>The lines, and each image's address and alt text (entities decoded), in the page's order.</summary>
    public static (IReadOnlyList<string> Lines, IReadOnlyList<(string Src, string? Alt)> Images) Read(string html)
    {
        var text = new StringBuilder();
        var images = new List<(string, string?)>();
        var open = new Stack<string>();                                   // elements open now, innermost on top
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase); // how many of each name are open
        var skipped = 0;                                                  // how many open elements are skipped ones
        var at = 0;
        while (at < html.Length)
        {
            var lt = html.IndexOf('<', at);
            if (lt < 0) lt = html.Length;
            if (skipped == 0) Append(text, html, at, lt);
            if (lt == html.Length) break;
            at = lt;
            if (string.CompareOrdinal(html, at, "<!--", 0, 4) == 0) { at = After(html, "-->", at + 4); continue; }
            if (at + 1 < html.Length && html[at + 1] is '!' or '?') { at = After(html, ">", at + 2); continue; } // DOCTYPE, CDATA, processing instruction
            var closing = at + 1 < html.Length && html[at + 1] == '/';
            var nameStart = at + (closing ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd])) nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                if (closing) { at = After(html, ">", at + 2); continue; } // </ followed by no name: a bogus comment
                if (skipped == 0) text.Append('<');                     // a lone '<' is text
                at++;
                continue;
            }
            var name = html[nameStart..nameEnd];
            var tagStart = at;
            at = TagEnd(html, nameEnd);
            if (Blocks.Contains(name) && skipped == 0) text.Append('\n');
            if (!closing && skipped == 0 && name.Equals("img", StringComparison.OrdinalIgnoreCase)
                && Attributes(html[nameEnd..at]) is var attributes && attributes.GetValueOrDefault("src") is { Length: > 0 } src)
            {
                images.Add((src, attributes.GetValueOrDefault("alt")));
                // Encoded for the decoding of the whole text below, which gives the address back as the page means it.
                text.Append('\n').Append(ArticlePicture.Marker).Append(WebUtility.HtmlEncode(src)).Append('\n');
            }
            if (closing)
            {
                if (counts.GetValueOrDefault(name) == 0) continue;      // closes nothing open: ignored, as a browser does
                string popped;
                do
                {
                    popped = open.Pop();
                    counts[popped]--;
                    if (Skipped.Contains(popped)) skipped--;
                } while (!popped.Equals(name, StringComparison.OrdinalIgnoreCase));
                continue;
            }
            if (Void.Contains(name) || html[at - 2] == '/') continue;
            if (RawText.Contains(name))
            {
                var end = html.IndexOf("</" + name, at, StringComparison.OrdinalIgnoreCase);
                var content = end < 0 ? html.Length : end;
                if (skipped == 0 && !Skipped.Contains(name)) Append(text, html, at, content);
                at = end < 0 ? html.Length : TagEnd(html, end + 2 + name.Length);
                continue;
            }
            open.Push(name);
            counts[name] = counts.GetValueOrDefault(name) + 1;
            if (Skipped.Contains(name)) skipped++;
        }
        return (WebUtility.HtmlDecode(text.ToString()).Split('\n'), images);
    }

    /// <summary>
    /// A tag's attributes after its name, as a browser reads them: a name, then = and a value in
    /// quotes or up to a space; the first of a name counts. Values are decoded.
    /// </summary>
    private static Dictionary<string, string> Attributes(string tag)
    {
        var found = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var at = 0;
        while (at < tag.Length)
        {
            while (at < tag.Length && (char.IsWhiteSpace(tag[at]) || tag[at] is '/' or '>')) at++;
            var start = at;
            while (at < tag.Length && !char.IsWhiteSpace(tag[at]) && tag[at] is not ('=' or '>' or '/')) at++;
            if (at == start) { at++; continue; }
            var name = tag[start..at];
            while (at < tag.Length && char.IsWhiteSpace(tag[at])) at++;
            var value = "";
            if (at < tag.Length && tag[at] == '=')
            {
                at++;
                while (at < tag.Length && char.IsWhiteSpace(tag[at])) at++;
                if (at < tag.Length && tag[at] is '"' or '\'')
                {
                    var close = tag.IndexOf(tag[at], at + 1);
                    if (close < 0) close = tag.Length;
                    value = tag[(at + 1)..close];
                    at = close + 1;
                }
                else
                {
                    var end = at;
                    while (end < tag.Length && !char.IsWhiteSpace(tag[end]) && tag[end] != '>') end++;
                    value = tag[at..end];
                    at = end;
                }
            }
            found.TryAdd(name, WebUtility.HtmlDecode(value).Trim());
        }
        return found;
    }

    /// <summary>Where a tag whose name ends at <paramref name="at"/> ends: after its '&gt;', past attribute values in quotes (which may hold '&gt;').</summary>
    private static int TagEnd(string html, int at)
    {
        var previous = ' ';
        while (at < html.Length)
        {
            var c = html[at];
            if (c == '>') return at + 1;
            // A quote opens a value only after '=': an apostrophe elsewhere (<p don't>) is no quote.
            if (c is '"' or '\'' && previous == '=')
            {
                var close = html.IndexOf(c, at + 1);
                if (close < 0) return html.Length;
                at = close + 1;
                previous = c;
                continue;
            }
            if (!char.IsWhiteSpace(c)) previous = c;
            at++;
        }
        return html.Length;
    }

    private static int After(string html, string end, int from)
    {
        var at = html.IndexOf(end, from, StringComparison.Ordinal);
        return at < 0 ? html.Length : at + end.Length;
    }

    // Source line breaks inside an element are spaces, as a browser shows them.
    private static void Append(StringBuilder text, string html, int from, int to)
    {
        for (var i = from; i < to; i++) text.Append(html[i] is '\r' or '\n' ? ' ' : html[i]);
    }
}
