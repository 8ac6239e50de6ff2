using BriefBuilder.Docx;
using BriefBuilder.Model;
using BriefBuilder.Source;

namespace BriefBuilder.Import;

/// <summary>The lines of a source article, whatever it was saved as: .txt, .md, .html or .docx.</summary>
public static class ArticleReader
{
    public static readonly string[] Extensions = [".txt", ".md", ".html", ".htm", ".docx"];

    /// <summary>
    /// The most text an article may bring: a brief is a few thousand characters, and a source that
    /// unpacks to more (a 0.4 MB .docx held 400 MB) is no article; it is refused before a brief is written.
    /// </summary>
    public const int MaxCharacters = 200_000;

    private const long MaxFileBytes = 32L << 20;

    public static IReadOnlyList<string> Lines(string path)
    {
        // A text file is read whole: one far larger than any saved article (a web page with its scripts) is refused unread.
        if (Path.GetExtension(path).ToLowerInvariant() != ".docx" && new FileInfo(path).Length > MaxFileBytes)
            throw new SourceError(path, 0, $"the file is {new FileInfo(path).Length >> 20} MB; an article to import is at most {MaxCharacters} characters: cut it first");
        var lines = Read(path);
        var length = lines.Sum(l => (long)l.Length);
        if (length > MaxCharacters)
            throw new SourceError(path, 0, $"the article is {length} characters long; a brief holds a few thousand and an import at most {MaxCharacters}: cut it first; nothing was written");
        return lines;
    }

    private static IReadOnlyList<string> Read(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".txt" => SourceText.Read(path).Split('\n'),
        // Markdown marks are not the article's text; the import finds headings from their numbers.
        ".md" => SourceText.Read(path).Split('\n').Select(l => l.TrimStart('#', '>', ' ').Replace("**", "")).ToList(),
        ".html" or ".htm" => HtmlText.Lines(SourceText.Read(path)),
        ".docx" => Docx(path),
        var other => throw new SourceError(path, 0, $"cannot import a {other} file; expected one of {string.Join(", ", Extensions)}"),
    };

    private static IReadOnlyList<string> Docx(string path)
    {
        try
        {
            return DocxText.Paragraphs(path);
        }
        catch (InvalidDataException e)
        {
            throw new SourceError(path, 0, $"cannot import the Word document: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SourceError(path, 0, $"cannot read the Word document: {e.Message}");
        }
    }
}
