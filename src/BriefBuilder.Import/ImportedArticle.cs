using BriefBuilder.Lint;

namespace BriefBuilder.Import;

/// <summary>An article made ready to be a brief: title, optional subtitle, Markdown body, and what was done to it.</summary>
public sealed record ImportedArticle(string Title, string? Subtitle, string Body, ImportSummary Summary)
{
    /// <summary>The pictures its figures show, to be written beside the brief under these names.</summary>
    public IReadOnlyList<(string Name, byte[] Bytes)> Pictures { get; init; } = [];
}

/// <summary>What the import dropped and changed, printed for the editor to check.</summary>
public sealed class ImportSummary
{
    public List<(string Kind, string Line)> Dropped { get; } = [];
    public int LinesJoined { get; set; }
    public int Paragraphs { get; set; }
    public int Headings { get; set; }
    public int Captions { get; set; }
    /// <summary>The figures made of the article's pictures, by file name.</summary>
    public List<string> Figures { get; } = [];
    /// <summary>The pictures that could not be had (an address on the web, a file not there, not PNG or JPEG), kept as comments.</summary>
    public List<string> PicturesMissing { get; } = [];
    public int SpacesRemoved { get; set; }
    /// <summary>What lint's fixes changed in the text, title and subtitle.</summary>
    public List<Finding> Fixes { get; } = [];
}
