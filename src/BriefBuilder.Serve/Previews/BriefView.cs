using BriefBuilder.Model;
using BriefBuilder.Serve.Svg;

namespace BriefBuilder.Serve.Previews;

/// <summary>
/// What the preview shows of one brief at one moment: its numbers and title, the pages of its
/// last good layout, the error that stops its build now (null when it builds), and its findings.
/// A new view replaces the old whole; <see cref="Version"/> tells a browser whether it has it.
/// </summary>
/// <param name="Key">Its path in the content folder without <c>.md</c>, as URLs name it: <c>2024/020</c>.</param>
/// <param name="File">The brief's file, as messages name it.</param>
public sealed record BriefView(
    long Version,
    string Key,
    string File,
    FrontMatter? Front,
    IReadOnlyList<PageDrawing> Pages,
    Finding? Banner,
    IReadOnlyList<Finding> Findings)
{
    public int Errors => Findings.Count(f => f.Severity == "error");
    public int Warnings => Findings.Count(f => f.Severity == "warning");
}

/// <summary>A finding as the page lists it: which check (numbering, lint, build), where, and what.</summary>
public sealed record Finding(string Check, string File, int Line, string Severity, string Code, string Message, string Hint)
{
    public string Location => Line > 0 ? $"{File}:{Line}" : File;

    public static Finding Of(string check, Diagnostic d) =>
        new(check, d.File, d.Line, d.Severity == Model.Severity.Error ? "error" : "warning", d.Code, d.Message, d.Hint);
}
