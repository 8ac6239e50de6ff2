namespace BriefBuilder.Import;

/// <summary>
/// A picture of a source article, where it stood among the article's lines: a line of its own
/// holding <see cref="Marker"/> and its key. <see cref="Bytes"/> is the picture when it could be
/// had (a Word document's media, a web page's image saved beside it), else null, and
/// <see cref="Address"/> says where it was to be found.
/// </summary>
public sealed record ArticlePicture(string Address, string? Alt, byte[]? Bytes)
{
    /// <summary>U+FFFC OBJECT REPLACEMENT CHARACTER, Unicode's mark for an object in running text.</summary>
    public const char Marker = BriefBuilder.Docx.DocxText.PictureMarker;

    /// <summary>The line that stands for the picture with key <paramref name="key"/>.</summary>
    public static string Line(string key) => $"{Marker}{key}";
}

/// <summary>An article's lines, and the pictures that some of them stand for, by key.</summary>
public sealed record SourceArticle(IReadOnlyList<string> Lines, IReadOnlyDictionary<string, ArticlePicture> Pictures);
