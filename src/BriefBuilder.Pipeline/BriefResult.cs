using BriefBuilder.Pdf.Layout;

namespace BriefBuilder.Pipeline;

public enum BriefStatus { Built, Skipped, Failed }

/// <summary>
/// What became of one brief: its outputs (with their manifest entries) and the PDF's placed pages
/// when built, how it fills its pages (when a PDF was made, now or for the outputs kept), the error
/// line when it failed. Results are printed after the run, in path order, not as threads finish.
/// </summary>
public sealed record BriefResult(string Brief, BriefStatus Status, IReadOnlyList<KeyValuePair<string, BuildManifest.Entry>> Written, IReadOnlyList<string> Outputs, string? Error, PageFit? Fit = null)
{
    /// <summary>The pages the PDF was drawn from, when it was built: what a preview draws.</summary>
    public IReadOnlyList<PlacedPage>? Pages { get; init; }

    /// <summary>Where a failure lies when the input is at fault (the line <see cref="Error"/> names): what a preview's banner points to.</summary>
    public Model.SourceRef? FailedAt { get; init; }

    public static BriefResult Built(string brief, IReadOnlyList<string> outputs, IReadOnlyList<KeyValuePair<string, BuildManifest.Entry>> written, PageFit? fit) =>
        new(brief, BriefStatus.Built, written, outputs, null, fit);

    public static BriefResult Skipped(string brief, PageFit? fit = null) => new(brief, BriefStatus.Skipped, [], [], null, fit);

    public static BriefResult Failed(string brief, string error) => new(brief, BriefStatus.Failed, [], [], error);
}

/// <summary>A run's results: the error line of each input that cannot be built (missing, not a brief, no briefs in it), and each brief's result in path order.</summary>
public sealed record RunResults(IReadOnlyList<string> Refused, IReadOnlyList<BriefResult> Briefs);
