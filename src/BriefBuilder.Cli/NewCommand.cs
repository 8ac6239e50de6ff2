using BriefBuilder.Model;
using System.CommandLine;
using System.Globalization;
using BriefBuilder.Numbering;

namespace BriefBuilder.Cli;

/// <summary><c>brief new [--date YYYY-MM-DD] [--title T] [--content FOLDER]</c>: starts the next brief.</summary>
public static class NewCommand
{
    public static Command Create()
    {
        var date = new Option<string>("--date") { Description = "The brief's date, YYYY-MM-DD (default: today)" };
        var title = new Option<string>("--title") { Description = "The brief's title (default: a placeholder)" };
        var content = new Option<string>("--content") { Description = "The archive folder", DefaultValueFactory = _ => "content" };

        var command = new Command("new",
            "Write the next brief, <content>/<year>/<NNN>.md, with the next 第N期 and 总第M期 and the latest brief's recipients, editor and phone. "
            + "Never overwrites a file.");
        command.Options.Add(date);
        command.Options.Add(title);
        command.Options.Add(content);
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            var root = parse.GetValue(content)!;
            if (!Directory.Exists(root))
            {
                stderr.WriteLine($"brief new: {root}: no such folder");
                return ExitCodes.Usage;
            }
            if (!TryDate(parse.GetValue(date), out var day))
            {
                stderr.WriteLine($"brief new: --date {parse.GetValue(date)}: expected a date like 2024-06-17");
                return ExitCodes.Usage;
            }

            // Numbers taken from a series with errors would only spread them.
            var (series, readErrors) = SeriesGate.Load(root);
            var errors = readErrors.Concat(SeriesChecker.Check(series)).Where(d => d.Severity == Severity.Error).ToList();
            if (errors.Count > 0)
            {
                stderr.Write(DiagnosticFormatter.Text(Diagnostic.Sort(errors), "numbering"));
                stderr.WriteLine("brief new: fix the numbering errors above first; nothing was written");
                return ExitCodes.BadInput;
            }
            try
            {
                stdout.WriteLine(NextBrief.Write(root, series, day, parse.GetValue(title)));
                return ExitCodes.Ok;
            }
            catch (NumberingException e)
            {
                stderr.WriteLine($"brief new: {e.Message}");
                return ExitCodes.BadInput;
            }
        });
        return command;
    }

    static bool TryDate(string? text, out DateOnly date)
    {
        if (text is null)
        {
            date = DateOnly.FromDateTime(DateTime.Now);
            return true;
        }
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
