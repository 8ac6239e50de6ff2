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
    string Template)
{
    /// <summary>How <c>brief publish</c> names its files; null when series.yaml has no <c>publish:</c>.</summary>
    public PublishNames? Publish { get; init; }
}

/// <summary>
/// File names (without extension) of what <c>brief publish</c> hands on. Placeholders: {name},
/// {edition}, {year}, {issue}, {total}; the catalogue's only {name}, {edition} and {year}.
/// </summary>
public sealed record PublishNames(string Brief, string Catalogue)
{
    public string BriefName(string name, string edition, int year, int issue, int total) =>
        Fill(Brief, name, edition, year).Replace("{issue}", Invariant(issue)).Replace("{total}", Invariant(total));

    public string CatalogueName(string name, string edition, int year) => Fill(Catalogue, name, edition, year);

    static string Fill(string pattern, string name, string edition, int year) =>
        pattern.Replace("{name}", name).Replace("{edition}", edition).Replace("{year}", Invariant(year));

    static string Invariant(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
