namespace BriefBuilder.Pipeline;

/// <summary>How a build runs: where outputs go, which formats, and whether up-to-date outputs are rebuilt anyway.</summary>
/// <param name="Progress">Show a progress bar on the terminal when many briefs are built.</param>
public sealed record BuildOptions(string OutDir, IReadOnlyList<OutputFormat> Formats, bool Force = false, bool Progress = false)
{
    /// <summary>Where writers keep what lasts between runs (font subsets), inside the output folder.</summary>
    public string CacheFolder => Path.Combine(OutDir, ".brief-cache");
}
