namespace BriefBuilder.Pdf.Fonts;

/// <summary>
/// One face of a font file (a .ttc collection holds several). Loaded once per process and
/// shared by every document; metrics are in font units unless said otherwise.
/// </summary>
public sealed class FontFace(string path, int index, string family, string style, string postScriptName, int unitsPerEm, int ascender, int descender)
{
    public string Path { get; } = path;
    public int Index { get; } = index;
    public string Family { get; } = family;
    public string Style { get; } = style;
    public string PostScriptName { get; } = postScriptName;
    public int UnitsPerEm { get; } = unitsPerEm;
    public int Ascender { get; } = ascender;
    /// <summary>Negative: below the baseline.</summary>
    public int Descender { get; } = descender;

    public override string ToString() => $"{Family} {Style}";
}
