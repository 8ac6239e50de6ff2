using BriefBuilder.Docx;
using BriefBuilder.Model;
using BriefBuilder.Source;

namespace BriefBuilder.Import;

/// <summary>
/// The lines of a source article, whatever it was saved as: .txt, .md, .html or .docx, and the
/// pictures some lines stand for: a Word document's media, and a web page's images that are files
/// beside it (saved with the page). An address on the web is not fetched: that picture is named, not had.
/// </summary>
public static class ArticleReader
{
    public static readonly string[] Extensions = [".txt", ".md", ".html", ".htm", ".docx"];

    /// <summary>
    /// The most text an article may bring: a brief is a few thousand characters, and a source that
    /// unpacks to more (a 0.4 MB .docx held 400 MB) is no article; it is refused before a brief is written.
    /// </summary>
    public const int MaxCharacters = 200_000;

    private const long MaxFileBytes = 32L << 20;

    public static IReadOnlyList<string> Lines(string path) => Read(path).Lines;

    public static SourceArticle Read(string path)
    {
        // A text file is read whole: one far larger than any saved article (a web page with its scripts) is refused unread.
        if (Path.GetExtension(path).ToLowerInvariant() != ".docx" && new FileInfo(path).Length > MaxFileBytes)
            throw new SourceError(path, 0, $"the file is {new FileInfo(path).Length >> 20} MB; an article to import is at most {MaxCharacters} characters: cut it first");
        var article = ReadAny(path);
        var length = article.Lines.Sum(l => (long)l.Length);
        if (length > MaxCharacters)
            throw new SourceError(path, 0, $"the article is {length} characters long; a brief holds a few thousand and an import at most {MaxCharacters}: cut it first; nothing was written");
        return article;
    }

    private static SourceArticle ReadAny(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".txt" => new(SourceText.Read(path).Split('\n'), NoPictures),
        // Markdown marks are not the article's text; the import finds headings from their numbers.
        ".md" => new(SourceText.Read(path).Split('\n').Select(l => l.TrimStart('#', '>', ' ').Replace("**", "")).ToList(), NoPictures),
        ".html" or ".htm" => Html(path),
        ".docx" => Docx(path),
        var other => throw new SourceError(path, 0, $"cannot import a {other} file; expected one of {string.Join(", ", Extensions)}"),
    };

    private static readonly IReadOnlyDictionary<string, ArticlePicture> NoPictures = new Dictionary<string, ArticlePicture>();

    private static SourceArticle Html(string path)
    {
        var (lines, images) = HtmlText.Read(SourceText.Read(path));
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var pictures = new Dictionary<string, ArticlePicture>(StringComparer.Ordinal);
        foreach (var (src, alt) in images) pictures.TryAdd(src, new ArticlePicture(src, alt, Local(folder, src)));
        return new(lines, pictures);
    }

    /// <summary>
    /// The bytes of an image the page names as a file in its folder or below (where a browser's
    /// "save page" puts them); null for an address on the web, a data: URL, a path outside the
    /// folder, or a file not there. Never a file the page names elsewhere on the disk.
    /// </summary>
    private static byte[]? Local(string folder, string src)
    {
        if (src.Contains(':') || src.StartsWith('/') || src.StartsWith('\\')) return null;
        var relative = Uri.UnescapeDataString(src.Split('?', '#')[0]);
        var full = Path.GetFullPath(Path.Join(folder, relative));
        if (!full.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return null;
        if (!File.Exists(full) || new FileInfo(full).Length > MaxFileBytes) return null;
        try
        {
            return File.ReadAllBytes(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // not had: the figure stays a comment with its address
        }
    }

    private static SourceArticle Docx(string path)
    {
        try
        {
            var (paragraphs, media) = DocxText.Read(path);
            return new(paragraphs, media.ToDictionary(m => m.Key, m => new ArticlePicture(m.Key, m.Value.Description, m.Value.Bytes), StringComparer.Ordinal));
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
