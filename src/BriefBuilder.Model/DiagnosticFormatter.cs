using System.Text.Encodings.Web;
using System.Text.Json;

namespace BriefBuilder.Model;

/// <summary>
/// Writes diagnostics for people (one <c>file:line: severity[code]: message</c> line each, so
/// terminals and editors can jump to it and grep can find it, with the hint indented below)
/// or for tools (JSON).
/// </summary>
public static class DiagnosticFormatter
{
    /// <param name="check">What was checked (numbering, lint), named in the closing count.</param>
    public static string Text(IReadOnlyList<Diagnostic> diagnostics, string check)
    {
        var text = new System.Text.StringBuilder();
        foreach (var d in diagnostics)
        {
            text.Append(d.Line > 0 ? $"{d.File}:{d.Line}" : d.File)
                .Append($": {Name(d.Severity)}[{d.Code}]: {d.Message}\n")
                .Append($"    hint: {d.Hint}\n");
        }
        text.Append(Summary(diagnostics, check)).Append('\n');
        return text.ToString();
    }

    public static string Json(IReadOnlyList<Diagnostic> diagnostics)
    {
        var buffer = new MemoryStream();
        // Written field by field rather than serialised by reflection, so the native (AOT) build needs no metadata.
        // Chinese text stays readable in the JSON instead of turning into \uXXXX escapes.
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("errors", diagnostics.Count(d => d.Severity == Severity.Error));
            json.WriteNumber("warnings", diagnostics.Count(d => d.Severity == Severity.Warning));
            json.WriteStartArray("diagnostics");
            foreach (var d in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("file", d.File);
                json.WriteNumber("line", d.Line);
                json.WriteString("severity", Name(d.Severity));
                json.WriteString("code", d.Code);
                json.WriteString("message", d.Message);
                json.WriteString("hint", d.Hint);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    static string Name(Severity s) => s == Severity.Error ? "error" : "warning";

    static string Summary(IReadOnlyList<Diagnostic> diagnostics, string check)
    {
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count - errors;
        return $"{check}: {Count(errors, "error")}, {Count(warnings, "warning")}";
    }

    static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
