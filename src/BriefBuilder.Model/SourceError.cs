namespace BriefBuilder.Model;

/// <summary>
/// Bad input found in a file an editor wrote (a brief, series.yaml, a template).
/// Printed as <c>file:line: message</c> so terminals and editors can jump to it.
/// </summary>
public sealed class SourceError(string file, int line, string message) : Exception(message)
{
    /// <summary>The file as every platform prints it (<see cref="FilePaths.Display"/>).</summary>
    public string File { get; } = FilePaths.Display(file);
    /// <summary>1-based; 0 when the problem is the file as a whole.</summary>
    public int Line { get; } = line;

    /// <summary><c>file:line</c>, or just the file when no line is known.</summary>
    public string Location => Line > 0 ? $"{File}:{Line}" : File;

    public override string ToString() => $"{Location}: {Message}";
}

/// <summary>Where a piece of the document came from, so later stages can blame the right line.</summary>
public readonly record struct SourceRef(string File, int Line)
{
    public SourceError Error(string message) => new(File, Line, message);
}
