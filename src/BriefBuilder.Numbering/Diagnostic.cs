namespace BriefBuilder.Numbering;

public enum Severity { Error, Warning }

/// <summary>
/// One finding of <c>brief check</c>, tied to the line an editor has to change.
/// <see cref="Code"/> is a stable short name (dup-total, offset, …) that tools and greps can key on.
/// </summary>
public sealed record Diagnostic(string File, int Line, Severity Severity, string Code, string Message, string Hint)
{
    /// <summary>The order every report uses: by file, then line, so output is the same on every run.</summary>
    public static IReadOnlyList<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Severity)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
