using BriefBuilder.Pdf.Layout;

namespace BriefBuilder.Cli.Building;

/// <summary>A brief's <see cref="PageFit"/> in an editor's words: what a build prints under its outputs.</summary>
public static class PageFitText
{
    public static string Of(PageFit fit)
    {
        var pages = fit.Pages == 1 ? "1 page" : $"{fit.Pages} pages";
        var last = fit.LastPageLines == 0 ? "the last holds only the closing block"
            : fit.Pages == 1 ? $"{Lines(fit.LastPageLines)}"
            : $"{Lines(fit.LastPageLines)} on the last";
        var cut = fit.LinesToCut is { } lines
            ? $"; {Lines(lines)} less (about {fit.CharactersToCut} characters) would end it on page {fit.Pages - 1}"
            : "";
        return $"{pages}, {last}{cut}";
    }

    static string Lines(int n) => n == 1 ? "1 line" : $"{n} lines";
}
