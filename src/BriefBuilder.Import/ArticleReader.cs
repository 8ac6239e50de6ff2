using BriefBuilder.Docx;
using BriefBuilder.Model;
using BriefBuilder.Source;

namespace BriefBuilder.Import;

/// <summary>The lines of a source article, whatever it was saved as: .txt, .md, .html or .docx.</summary>
public static class ArticleReader
{
    public static readonly string[] Extensions = [".txt", ".md", ".html", ".htm", ".docx"];

    public static IReadOnlyList<string> Lines(string path) => Path.GetExtension(path).ToLowerInvariant() switch
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
        catch (Exception e) when (e is IOException or InvalidDataException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException)
        {
            throw new SourceError(path, 0, $"cannot read the Word document: {e.Message}");
        }
    }
}
