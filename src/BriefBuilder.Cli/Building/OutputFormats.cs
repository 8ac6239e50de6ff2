using BriefBuilder.Docx;

using BriefBuilder.Model;

namespace BriefBuilder.Cli.Building;

/// <summary>A writer the build can run: one file per brief with this extension.</summary>
public sealed record OutputFormat(string Extension, Action<LayoutDocument, HouseStyle, Stream> Write);

public static class OutputFormats
{
    public static readonly OutputFormat Docx = new(".docx", DocxWriter.Write);

    public static IReadOnlyList<OutputFormat> Select(string name) => name switch
    {
        "docx" => [Docx],
        _ => [Docx],
    };
}
