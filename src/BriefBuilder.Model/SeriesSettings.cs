namespace BriefBuilder.Model;

/// <summary>
/// Series-wide settings from <c>content/series.yaml</c>: what every brief of the series shares.
/// A brief's own front matter overrides <see cref="Editor"/>, <see cref="Phone"/> and <see cref="Copies"/>.
/// </summary>
public sealed record SeriesSettings(
    string File,
    string Name,
    string Edition,
    string Publisher,
    string Tagline,
    string Address,
    string Fax,
    string? Phone,
    string? Editor,
    int Copies,
    string Template);
