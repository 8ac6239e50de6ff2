namespace BriefBuilder.Model;

/// <summary>One brief as its editor wrote it: front matter and a body, before any styling.</summary>
public sealed record Brief(string File, FrontMatter Front, IReadOnlyList<Block> Body);

/// <summary>
/// The YAML front matter of a brief. Optional keys are null when the brief leaves them to
/// the series defaults. <see cref="KeyLines"/> maps each key to its line in the file.
/// <see cref="TitleLines"/> are the title's lines where the editor chose the breaks, else the title alone.
/// </summary>
public sealed record FrontMatter(
    int Issue,
    int Total,
    DateOnly Date,
    IReadOnlyList<string> Recipients,
    IReadOnlyList<string> TitleLines,
    string? Subtitle,
    string? Editor,
    string? Phone,
    int? Copies,
    IReadOnlyDictionary<string, int> KeyLines)
{
    /// <summary>The title on one line, its lines joined by a space as the printed originals read.</summary>
    public string Title => string.Join(" ", TitleLines);

    public int LineOf(string key) => KeyLines.TryGetValue(key, out var line) ? line : 1;
}
