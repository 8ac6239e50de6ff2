using Spectre.Console;

namespace BriefBuilder.Cli.Building;

/// <summary>
/// A progress bar on the terminal while many briefs build; nothing in logs and pipes, where it
/// would only be noise, nor for a few briefs, which are done before a bar means anything.
/// </summary>
public static class BuildProgress
{
    public const int Threshold = 5;

    /// <summary>Runs <paramref name="work"/>, which calls the action it is given once per brief done.</summary>
    public static void Run(int briefs, bool show, Action<Action> work)
    {
        if (!show || briefs <= Threshold)
        {
            work(() => { });
            return;
        }
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("building", maxValue: briefs);
                work(() => task.Increment(1));
            });
    }
}
