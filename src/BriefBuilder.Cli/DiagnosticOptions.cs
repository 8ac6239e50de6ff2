using System.CommandLine;
using BriefBuilder.Model;

namespace BriefBuilder.Cli;

/// <summary>
/// What the commands that report diagnostics (check, lint) and the commands that write the next
/// brief (new, import) share: the same options, spelt and described once, and one way to print
/// findings and turn them into an exit code.
/// </summary>
public static class DiagnosticOptions
{
    public static Option<string> Format()
    {
        var format = new Option<string>("--format") { Description = "text for people, json for tools", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        return format;
    }

    public static Option<string> Date() => new("--date") { Description = "The brief's date, YYYY-MM-DD (default: today)" };

    public static Option<string> Content() => new("--content") { Description = "The archive folder", DefaultValueFactory = _ => "content" };

    /// <summary>Prints <paramref name="diagnostics"/> as <paramref name="format"/> asks; exit 1 when any is an error.</summary>
    public static int Report(TextWriter output, string format, IReadOnlyList<Diagnostic> diagnostics, string what)
    {
        output.Write(format == "json" ? DiagnosticFormatter.Json(diagnostics) : DiagnosticFormatter.Text(diagnostics, what));
        return HasErrors(diagnostics) ? ExitCodes.BadInput : ExitCodes.Ok;
    }

    public static bool HasErrors(IEnumerable<Diagnostic> diagnostics) => diagnostics.Any(d => d.Severity == Severity.Error);
}
