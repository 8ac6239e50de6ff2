using System.Text.RegularExpressions;
using BriefBuilder.Model;
using BriefBuilder.Source.Images;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefBuilder.Source.Blocks;

/// <summary>
/// A figure, written as a paragraph that holds one picture and nothing else:
/// <code>![图1 苏州规上工业产值（亿元）](fig1.png)</code>
/// The text in brackets is the caption, printed below the picture and told to readers who cannot
/// see it; it starts with the figure's number. The picture is a PNG or JPEG file, named relative
/// to the brief's folder. It is read here, once: every later stage works on its bytes.
/// </summary>
internal static partial class FigureReader
{
    [GeneratedRegex(@"^图\s*[0-9０-９]+(?:[-－.．][0-9０-９]+)?\s*\S")]
    private static partial Regex NumberedCaption();

    /// <summary>Whether the paragraph is a figure: one picture, with at most white space around it.</summary>
    public static bool Is(ParagraphBlock p) =>
        p.Inline is { } inline && inline.OfType<LinkInline>().Count(l => l.IsImage) == 1
        && inline.All(i => i is LinkInline { IsImage: true } || i is LiteralInline l && l.Content.IsEmptyOrWhitespace() || i is LineBreakInline { IsHard: false });

    /// <summary>
    /// Every picture a brief's text names, as a full path, in order, once each. Markdown nested
    /// beyond Markdig's depth limit names none here: the brief's full read then says where it nests.
    /// </summary>
    public static IReadOnlyList<string> Files(string markdown, string briefFile)
    {
        var folder = Folder(briefFile);
        MarkdownDocument document;
        try { document = Markdig.Markdown.Parse(markdown); }
        catch (ArgumentException) { return []; }
        return document.Descendants<LinkInline>()
            .Where(l => l.IsImage && !string.IsNullOrEmpty(l.Url) && !l.Url.Contains("://", StringComparison.Ordinal) && !Path.IsPathRooted(l.Url))
            .Select(l => Path.GetFullPath(Path.Join(folder, l.Url))).Distinct().ToList();
    }

    static string Folder(string briefFile) => Path.GetDirectoryName(Path.GetFullPath(briefFile)) ?? ".";

    public static Figure Read(ParagraphBlock p, MarkdownBody body)
    {
        var image = p.Inline!.OfType<LinkInline>().Single();
        var line = body.Line(p);
        var caption = Span.Join(body.Spans(image)).Trim();
        if (!NumberedCaption().IsMatch(caption))
            throw new SourceError(body.File, line, caption.Length == 0
                ? "a figure needs its caption in the brackets, numbered: ![图1 标题](file.png)"
                : $"a figure's caption starts with its number, like ![图1 {caption}]({image.Url})");
        return new Figure(line, caption, Picture(image.Url ?? "", body.File, line)) { LastLine = body.LastLine(p) };
    }

    /// <summary>The picture file, beside the brief; what is wrong with it, said at the figure's line.</summary>
    static ImageFile Picture(string url, string briefFile, int line)
    {
        SourceError Error(string message) => new(briefFile, line, message);
        if (url.Length == 0) throw Error("a figure names its picture file in the parentheses: ![图1 标题](file.png)");
        if (url.Contains("://", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            throw Error($"a figure's picture is a file beside the brief, not an address ('{url}'): save it next to the brief and write its name");
        if (Path.IsPathRooted(url))
            throw Error($"a figure's picture is named relative to the brief's folder, not as '{url}': the folder then moves with the brief");
        var full = Path.Join(Folder(briefFile), url);
        if (!File.Exists(full))
        {
            var nearby = Directory.Exists(Path.GetDirectoryName(full)) ? Directory.EnumerateFiles(Path.GetDirectoryName(full)!).Select(Path.GetFileName).OfType<string>().ToList() : [];
            throw Error($"the figure's picture '{url}' is not there; {Spelling.DidYouMean(Path.GetFileName(url), nearby)}put the file beside the brief, or correct its name");
        }
        var bytes = SourceText.ReadBytes(full);
        try
        {
            return ImageHeader.Read(url, bytes);
        }
        catch (InvalidDataException e)
        {
            throw Error($"the figure's picture '{url}' cannot be printed: {e.Message}");
        }
    }
}
