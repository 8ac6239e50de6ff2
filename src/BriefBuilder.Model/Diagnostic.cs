namespace BriefBuilder.Model;

public enum Severity { Error, Warning }

/// <summary>
/// One finding of <c>brief check</c>, tied to the line an editor has to change.
/// <see cref="Code"/> is a stable short name (dup-total, offset, …) that tools and greps can key on.
/// </summary>
public sealed record Diagnostic(string File, int Line, Severity Severity, string Code, string Message, string Hint)
{
    /// <summary>The file as every platform prints and orders it (<see cref="FilePaths.Display"/>).</summary>
    public string File { get; init; } = FilePaths.Display(File);

    /// <summary>The order every report uses: by file, then line, so output is the same on every run.</summary>
    public static IReadOnlyList<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) => Sort(diagnostics, d => d);

    /// <summary>Items that carry a diagnostic, in the order of <see cref="Sort(IEnumerable{Diagnostic})"/>.</summary>
    public static IReadOnlyList<T> Sort<T>(IEnumerable<T> items, Func<T, Diagnostic> of) =>
        items
            .OrderBy(x => of(x).File, StringComparer.Ordinal)
            .ThenBy(x => of(x).Line)
            .ThenBy(x => of(x).Severity)
            .ThenBy(x => of(x).Code, StringComparer.Ordinal)
            .ThenBy(x => of(x).Message, StringComparer.Ordinal)
            .ToList();
}
