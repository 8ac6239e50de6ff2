using System.Text;
using System.Text.RegularExpressions;
using BriefBuilder.Lint;
using BriefBuilder.Model;
using BriefBuilder.Source;
using BriefBuilder.Source.Images;

namespace BriefBuilder.Import;

/// <summary>
/// Turns an article's lines into a brief's Markdown: boilerplate dropped, spaces around Chinese
/// removed, lines broken by narrow columns joined into paragraphs, headings found (from their
/// numbers, or as short lines standing alone), figure captions kept as comments. A picture the
/// article holds becomes a figure, its caption the line after it (or its alt text), the picture
/// a file beside the brief named by its content; one that cannot be had stays a comment with
/// its address.
/// </summary>
public static partial class ArticleCleaner
{
    // Spaces beside a Chinese character or full-width mark: column padding or a scan's letter-spacing, never meant.
    [GeneratedRegex(@"(?<=[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF“”‘’—…⋯])[ \t\u3000\u00A0]+|[ \t\u3000\u00A0]+(?=[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF“”‘’—…⋯])")]
    private static partial Regex SpacesBesideChinese();

    [GeneratedRegex(@"^图\s*[:：]\s*")]
    private static partial Regex Caption();

    // A caption under a picture: 图：… or 图1 … (the number is the brief's to give).
    [GeneratedRegex(@"^图\s*(?:[0-9０-９]+\s*[:：.．、]?|[:：])\s*")]
    private static partial Regex PictureCaption();

    private const string Ends = "。！？；：…⋯!?;:";
    private const string Closers = "”’）)》」";

    public static ImportedArticle Clean(IReadOnlyList<string> lines, string file, string? title) =>
        Clean(new SourceArticle(lines, new Dictionary<string, ArticlePicture>()), file, title);

    /// <param name="title">The title to use; null takes the article's own (its first line of text).</param>
    public static ImportedArticle Clean(SourceArticle article, string file, string? title)
    {
        var summary = new ImportSummary();
        var kept = new List<string>();
        foreach (var raw in article.Lines)
        {
            var line = raw.Trim(' ', '\t', '\u3000', '\u00A0', '\r', '\uFEFF');
            if (line.Length == 0) continue;
            // A picture's line is its address, not text to clean; one above the title (a site's logo) is not the article's.
            if (line[0] == ArticlePicture.Marker)
            {
                if (kept.Count == 0) summary.Dropped.Add(("picture above the title", line[1..]));
                else kept.Add(line);
                continue;
            }
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
        var pictures = new List<(string, byte[])>();
        var figures = new List<string>();
        var body = Body(kept, first, summary, article.Pictures, pictures, figures);
        var fixedArticle = Fixed(new ImportedArticle(title ?? kept[0], subtitle, body, summary) { Pictures = pictures }, titleGiven: title is not null);
        return fixedArticle with { Body = figures.Select((figure, i) => (figure, i)).Aggregate(fixedArticle.Body, (text, f) => text.Replace(FigurePlace(f.i), f.figure)) };
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

    /// <summary>Where figure <paramref name="i"/> stands in the body while lint fixes it: a comment lint leaves alone.</summary>
    private static string FigurePlace(int i) => $"<!-- import-figure-{i} -->";

    private static string Body(List<string> lines, int first, ImportSummary summary,
        IReadOnlyDictionary<string, ArticlePicture> pictures, List<(string Name, byte[] Bytes)> saved, List<string> figures)
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
            if (line[0] == ArticlePicture.Marker)
            {
                Flush();
                var picture = pictures.TryGetValue(line[1..], out var p) ? p : new ArticlePicture(line[1..], null, null);
                string? words = null;
                if (i + 1 < lines.Count && PictureCaption().Match(lines[i + 1]) is { Success: true } under)
                    words = lines[++i][under.Length..];
                else if (picture.Alt is { } alt && alt.Trim().Length > 0)
                    words = PictureCaption().Replace(alt.Trim(), "");
                // In the body as a placeholder until lint's fixes are made: lint reads the body as a brief,
                // and a figure whose picture is not yet written beside it would stop it reading any of it.
                figures.Add(Figure(picture, words is null ? null : Linter.FixBody(words + "\n").Text.TrimEnd('\n'), summary, saved));
                Emit(FigurePlace(figures.Count - 1));
                lastWasHeading = false;
                continue;
            }
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
    /// A picture as the brief writes it: a figure numbered in order, its picture to be saved beside
    /// the brief as fig-(the first 8 hex digits of its content's hash).png or .jpg, so that the same
    /// picture is one file and another never takes its name; a caption to write when the article
    /// gave none. A picture that could not be had, or is no PNG or JPEG, stays a comment with its address.
    /// </summary>
    private static string Figure(ArticlePicture picture, string? words, ImportSummary summary, List<(string Name, byte[] Bytes)> saved)
    {
        string? why = picture.Bytes is null ? "图片未能取得" : null;
        ImageFile? image = null;
        if (picture.Bytes is { } bytes)
        {
            try { image = ImageHeader.Read(picture.Address, bytes); }
            catch (InvalidDataException) { why = "图片不是可用的 PNG 或 JPEG"; }
        }
        if (image is null)
        {
            summary.PicturesMissing.Add(picture.Address);
            // "--" would end the comment early.
            return $"<!-- 图：{words}（{why}：{picture.Address.Replace("--", "-%2D")}） -->";
        }
        var name = $"fig-{image.Digest[..8]}.{(image.Format == ImageFormat.Png ? "png" : "jpg")}";
        if (!saved.Any(s => s.Name == name)) saved.Add((name, image.Bytes));
        summary.Figures.Add(name);
        return $"![图{summary.Figures.Count} {(words is { Length: > 0 } ? EscapeCaption(words) : "（图题）")}]({name})";
    }

    // Brackets would end the caption early; the rest prints as it is inside ![…].
    private static string EscapeCaption(string words) => words.Replace("\\", "\\\\").Replace("[", "\\[").Replace("]", "\\]");

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
