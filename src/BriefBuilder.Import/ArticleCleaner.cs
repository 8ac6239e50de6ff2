using System.Text;
using System.Text.RegularExpressions;
using BriefBuilder.Lint;
using BriefBuilder.Model;
using BriefBuilder.Source;

namespace BriefBuilder.Import;

/// <summary>
/// Turns an article's lines into a brief's Markdown: boilerplate dropped, spaces around Chinese
/// removed, lines broken by narrow columns joined into paragraphs, headings found (from their
/// numbers, or as short lines standing alone), figure captions kept as comments.
/// </summary>
public static partial class ArticleCleaner
{
    // Spaces beside a Chinese character or full-width mark: column padding or a scan's letter-spacing, never meant.
    [GeneratedRegex(@"(?<=[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF“”‘’—…⋯])[ \t\u3000\u00A0]+|[ \t\u3000\u00A0]+(?=[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF“”‘’—…⋯])")]
    private static partial Regex SpacesBesideChinese();

    [GeneratedRegex(@"^图\s*[:：]\s*")]
    private static partial Regex Caption();

    private const string Ends = "。！？；：…⋯!?;:";
    private const string Closers = "”’）)》」";

    /// <param name="title">The title to use; null takes the article's own (its first line).</param>
    public static ImportedArticle Clean(IReadOnlyList<string> lines, string file, string? title)
    {
        var summary = new ImportSummary();
        var kept = new List<string>();
        foreach (var raw in lines)
        {
            var line = raw.Trim(' ', '\t', '\u3000', '\u00A0', '\r', '\uFEFF');
            if (line.Length == 0) continue;
            if (Boilerplate.Kind(line) is { } kind) { summary.Dropped.Add((kind, line)); continue; }
            var spaced = SpacesBesideChinese().Replace(line, "");
            summary.SpacesRemoved += line.Length - spaced.Length;
            kept.Add(spaced);
        }
        if (kept.Count == 0)
            throw new Model.SourceError(file, 0, "no article text found: every line was empty or boilerplate");

        var first = 1;
        string? subtitle = null;
        if (kept.Count > 2 && kept[1].StartsWith("——", StringComparison.Ordinal) && Width(kept[1]) <= 40)
            (subtitle, first) = (kept[1], 2);
        return Fixed(new ImportedArticle(title ?? kept[0], subtitle, Body(kept, first, summary), summary), titleGiven: title is not null);
    }

    /// <summary>
    /// The article with lint's fixes applied to its text, title and subtitle included (they go in
    /// as the first paragraphs); a title given on the command line is the editor's and stays as typed.
    /// </summary>
    private static ImportedArticle Fixed(ImportedArticle article, bool titleGiven)
    {
        var head = (titleGiven ? [] : new[] { article.Title }).Concat(article.Subtitle is { } s ? [s] : []).ToList();
        var (text, fixes) = Linter.FixBody(string.Concat(head.Select(h => h + "\n\n")) + article.Body);
        article.Summary.Fixes.AddRange(fixes);
        var parts = text.Split("\n\n", head.Count + 1);
        var at = 0;
        var fixedTitle = titleGiven ? article.Title : parts[at++];
        var subtitle = article.Subtitle is null ? null : parts[at++];
        return article with { Title = fixedTitle, Subtitle = subtitle, Body = parts[at] };
    }

    private static string Body(List<string> lines, int first, ImportSummary summary)
    {
        var markdown = new StringBuilder();
        var paragraph = new StringBuilder();
        var lastWasHeading = false;
        // Marks count from the article's top heading level, so that lint finds them in step with the numbers.
        var top = Enumerable.Range(first, lines.Count - first).Select(i => HeadingLevel(lines, i)).Where(l => l is not null).Select(l => Math.Max(l!.Value, 1)).DefaultIfEmpty(1).Min();
        void Emit(string block) { markdown.Append(block).Append("\n\n"); }
        void Flush()
        {
            if (paragraph.Length == 0) return;
            Emit(Escape(paragraph.ToString()));
            summary.Paragraphs++;
            paragraph.Clear();
        }

        for (var i = first; i < lines.Count; i++)
        {
            var line = lines[i];
            if (Caption().Match(line) is { Success: true } caption)
            {
                Flush();
                // Fixed here, as lint skips comments; "--" would end the comment early.
                var words = Linter.FixBody(line[caption.Length..] + "\n").Text.TrimEnd('\n').Replace("--", "——");
                Emit($"<!-- 图：{words} -->");
                summary.Captions++;
                continue;
            }
            // An unnumbered heading stands between paragraphs; a short line inside one is where its column narrowed.
            if (HeadingLevel(lines, i) is { } level && (level > 0 || paragraph.Length == 0))
            {
                Flush();
                // A heading set over two lines (创新联合体 / 科技强国创新突围的高级密钥) is one heading.
                if (lastWasHeading && level == 0)
                {
                    markdown.Length -= 2; // back over the blank line that closed the first part
                    markdown.Append('：').Append(Escape(line)).Append("\n\n");
                }
                else
                {
                    Emit($"{new string('#', Math.Max(level, 1) - top + 1)} {Escape(line)}");
                    summary.Headings++;
                }
                lastWasHeading = true;
                continue;
            }
            lastWasHeading = false;
            if (paragraph.Length > 0) summary.LinesJoined++;
            paragraph.Append(line);
            if (Closes(paragraph)) Flush();
        }
        Flush();
        return markdown.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>
    /// The level of line <paramref name="i"/> as a heading: its number's (一、 1 … （1） 4), or 0 for
    /// an unnumbered heading (a short line without a closing mark, well short of the column its
    /// neighbours fill); null when it is text.
    /// </summary>
    private static int? HeadingLevel(List<string> lines, int i)
    {
        var line = lines[i];
        if (Ends.Contains(line[^1]) || Closers.Contains(line[^1]) || line.StartsWith("——", StringComparison.Ordinal)) return null;
        if (HeadingNumber.Of(line) is { } number && Width(line) <= 40) return number.Level;
        var around = Enumerable.Range(i - 3, 7).Where(j => j != i && j >= 0 && j < lines.Count).Select(j => Width(lines[j])).Order().ToList();
        var column = around.Count == 0 ? double.MaxValue : around[around.Count / 2];
        return Width(line) <= 20 && Width(line) < 0.6 * column ? 0 : null;
    }

    /// <summary>
    /// Whether the paragraph so far ends: its last line closes with a sentence mark (perhaps
    /// inside a closing quote) and no quotation is left open, since a quoted passage may hold
    /// several sentences.
    /// </summary>
    private static bool Closes(StringBuilder p)
    {
        var last = p[^1];
        var closed = Ends.Contains(last) || Closers.Contains(last) && p.Length > 1 && "。！？…!?.".Contains(p[^2]);
        if (!closed) return false;
        var text = p.ToString();
        return text.Count(c => c == '“') <= text.Count(c => c == '”') && text.Count(c => c == '"') % 2 == 0;
    }

    /// <summary>How wide a line is set, in Chinese characters: Latin letters and digits take half.</summary>
    public static double Width(string line) => line.Sum(c => CharClass.IsWide(c) ? 1.0 : 0.5);

    // Markdown would read these as markup; escaped, they print as themselves.
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '*' or '_' or '`' or '[' or ']' or '<' or '\\') escaped.Append('\\');
            escaped.Append(c);
        }
        var s = escaped.ToString();
        return s.Length > 0 && "#>-+=|".Contains(s[0]) ? "\\" + s : s;
    }
}
