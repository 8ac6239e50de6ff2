using System.Text.Encodings.Web;
using System.Text.Json;

namespace BriefBuilder.Numbering;

/// <summary>
/// Writes diagnostics for people (one <c>file:line: severity[code]: message</c> line each, so
/// terminals and editors can jump to it and grep can find it, with the hint indented below)
/// or for tools (JSON).
/// </summary>
public static class DiagnosticFormatter
{
    public static string Text(IReadOnlyList<Diagnostic> diagnostics)
    {
        var text = new System.Text.StringBuilder();
        foreach (var d in diagnostics)
        {
            text.Append(d.Line > 0 ? $"{d.File}:{d.Line}" : d.File)
                .Append($": {Name(d.Severity)}[{d.Code}]: {d.Message}\n")
                .Append($"    hint: {d.Hint}\n");
        }
        text.Append(Summary(diagnostics)).Append('\n');
        return text.ToString();
    }

    public static string Json(IReadOnlyList<Diagnostic> diagnostics)
    {
        var report = new
        {
            errors = diagnostics.Count(d => d.Severity == Severity.Error),
            warnings = diagnostics.Count(d => d.Severity == Severity.Warning),
            diagnostics = diagnostics.Select(d => new
            {
                file = d.File,
                line = d.Line,
                severity = Name(d.Severity),
                code = d.Code,
                message = d.Message,
                hint = d.Hint,
            }),
        };
        return JsonSerializer.Serialize(report, Options) + "\n";
    }

    // Chinese text stays readable in the JSON instead of turning into \uXXXX escapes.
    static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    static string Name(Severity s) => s == Severity.Error ? "error" : "warning";

    static string Summary(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count - errors;
        return $"numbering: {Count(errors, "error")}, {Count(warnings, "warning")}";
    }

    static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
