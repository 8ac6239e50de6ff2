using BriefBuilder.Model;
using System.CommandLine;
using System.Globalization;
using BriefBuilder.Numbering;
using BriefBuilder.Pipeline;

namespace BriefBuilder.Cli;

/// <summary><c>brief new [--date YYYY-MM-DD] [--title T] [--content FOLDER]</c>: starts the next brief.</summary>
public static class NewCommand
{
    public static Command Create()
    {
        var date = DiagnosticOptions.Date();
        var title = new Option<string>("--title") { Description = "The brief's title (default: a placeholder)" };
        var content = DiagnosticOptions.Content();

        var command = new Command("new",
            "Write the next brief, <content>/<year>/<NNN>.md, with the next 第N期 and 总第M期 and the latest brief's recipients, editor and phone. "
            + "Never overwrites a file.");
        command.Options.Add(date);
        command.Options.Add(title);
        command.Options.Add(content);
        command.SetAction(parse =>
        {
            var io = parse.InvocationConfiguration;
            WriteNext("new", parse.GetValue(content)!, parse.GetValue(date), io.Output, io.Error,
                (root, series, day) => NextBrief.Write(root, series, day, parse.GetValue(title)), out var exit);
            return exit;
        });
        return command;
    }

    /// <summary>
    /// What new and import share: checks the folder, the date and the series, then lets
    /// <paramref name="write"/> write the brief, and prints its path and the numbers and date it
    /// got, with a warning when they start a new year. Returns its path, or null with the reason
    /// on <paramref name="stderr"/> and the exit code in <paramref name="exit"/>.
    /// </summary>
    public static string? WriteNext(string verb, string root, string? dateText, TextWriter stdout, TextWriter stderr,
        Func<string, Series, DateOnly, string> write, out int exit)
    {
        exit = ExitCodes.Usage;
        if (!Directory.Exists(root))
        {
            stderr.WriteLine($"brief {verb}: {FilePaths.Display(root)}: no such folder");
            return null;
        }
        if (!TryDate(dateText, out var day))
        {
            stderr.WriteLine($"brief {verb}: --date {dateText}: expected a date like 2024-06-17");
            return null;
        }

        // Numbers taken from a series with errors would only spread them.
        exit = ExitCodes.BadInput;
        var (series, readErrors) = new BriefPipeline().Numbering.Load(root);
        var errors = readErrors.Concat(SeriesChecker.Check(series)).Where(d => d.Severity == Severity.Error).ToList();
        if (errors.Count > 0)
        {
            stderr.Write(DiagnosticFormatter.Text(Diagnostic.Sort(errors), "numbering"));
            stderr.WriteLine($"brief {verb}: fix the numbering errors above first; nothing was written");
            return null;
        }
        try
        {
            var (chosen, newYear) = NextBrief.Announce(series, day, dateGiven: dateText is not null);
            var path = write(root, series, day);
            stdout.WriteLine(path);
            stdout.WriteLine(chosen);
            if (newYear is not null) stderr.WriteLine($"brief {verb}: {newYear}");
            exit = ExitCodes.Ok;
            return path;
        }
        catch (NumberingException e)
        {
            stderr.WriteLine($"brief {verb}: {e.Message}");
            return null;
        }
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
