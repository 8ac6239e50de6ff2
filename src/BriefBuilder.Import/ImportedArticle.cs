using BriefBuilder.Lint;

namespace BriefBuilder.Import;

/// <summary>An article made ready to be a brief: title, optional subtitle, Markdown body, and what was done to it.</summary>
public sealed record ImportedArticle(string Title, string? Subtitle, string Body, ImportSummary Summary);

/// <summary>What the import dropped and changed, printed for the editor to check.</summary>
public sealed class ImportSummary
{
    public List<(string Kind, string Line)> Dropped { get; } = [];
    public int LinesJoined { get; set; }
    public int Paragraphs { get; set; }
    public int Headings { get; set; }
    public int Captions { get; set; }
    public int SpacesRemoved { get; set; }
    /// <summary>What lint's fixes changed in the text, title and subtitle.</summary>
    public List<Finding> Fixes { get; } = [];
}
