using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace BriefBuilder.Tests.Docx;

/// <summary>
/// The text lines of a PDF page by page, as PdfPig reads the letters: letters on one baseline
/// form a line, read left to right, whitespace and page numbers left out. Lets the tests compare
/// where LibreOffice and our PDF writer break lines and pages, whatever drew the file.
/// </summary>
internal static partial class PdfLines
{
    public static List<List<string>> Read(string pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(page => Lines(page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)))
                .Select(g => string.Concat(g.OrderBy(l => l.StartBaseLine.X).Select(l => l.Value)))
                .Where(line => !Folio().IsMatch(line))
                .ToList())
            .ToList();
    }

    /// <summary>
    /// Letters grouped into lines, top to bottom: letters whose baselines lie within a few points
    /// of each other form one line, whatever their font (a dash or an ellipsis raised to the
    /// ideographs' centre sits 1.3 pt above its line's baseline; lines are 29 pt apart).
    /// </summary>
    static IEnumerable<List<Letter>> Lines(IEnumerable<Letter> letters)
    {
        List<Letter>? line = null;
        foreach (var letter in letters.OrderByDescending(l => l.StartBaseLine.Y))
        {
            if (line is not null && line[0].StartBaseLine.Y - letter.StartBaseLine.Y > 4) { yield return line; line = null; }
            (line ??= []).Add(letter);
        }
        if (line is not null) yield return line;
    }

    /// <summary>Character offsets in the whole text where each line ends.</summary>
    public static IEnumerable<int> LineEnds(List<List<string>> pages)
    {
        var offset = 0;
        foreach (var line in pages.SelectMany(p => p)) yield return offset += line.Length;
    }

    /// <summary>Character offsets where each page after the first starts.</summary>
    public static IEnumerable<int> PageStarts(List<List<string>> pages)
    {
        var offset = 0;
        foreach (var page in pages.SkipLast(1)) yield return offset += page.Sum(l => l.Length);
    }

    [GeneratedRegex(@"^—\d+—$")]
    private static partial Regex Folio();
}
