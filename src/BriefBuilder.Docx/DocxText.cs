using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefBuilder.Docx;

/// <summary>
/// The text of a Word document, one string per paragraph in reading order, for brief import.
/// It lives here because this project is the one that holds the Open XML SDK.
/// </summary>
public static class DocxText
{
    public static IReadOnlyList<string> Paragraphs(string path)
    {
        using var word = WordprocessingDocument.Open(path, isEditable: false);
        var body = word.MainDocumentPart?.Document?.Body;
        if (body is null) return [];
        return body.Descendants<Paragraph>().Select(Text).ToList();
    }

    // Tabs and breaks inside a paragraph are spaces in the text: the import cleans spacing as a whole.
    private static string Text(Paragraph p) =>
        string.Concat(p.Descendants().Select(e => e switch
        {
            Text t => t.Text,
            TabChar or Break => " ",
            _ => "",
        }));
}
