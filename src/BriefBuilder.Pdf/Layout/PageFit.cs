namespace BriefBuilder.Pdf.Layout;

/// <summary>
/// How a brief fills its pages, for an editor who trims to whole pages: <see cref="Pages"/>, the
/// body lines the last page holds (0 when it holds only the closing block), and how many lines
/// would have to go, from anywhere in the body, for the brief to end a page sooner (null for a
/// brief of one page), with about as many characters: lines of the grid's length.
/// </summary>
public sealed record PageFit(int Pages, int LastPageLines, int? LinesToCut, int? CharactersToCut);

/// <summary>A brief's pages as placed, and how it fills them.</summary>
public sealed record LaidOut(IReadOnlyList<PlacedPage> Pages, PageFit Fit);
