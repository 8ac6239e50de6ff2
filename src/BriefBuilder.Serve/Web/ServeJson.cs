using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using BriefBuilder.Serve.Previews;

namespace BriefBuilder.Serve.Web;

/// <summary>A brief as <c>GET /api/briefs</c> lists it, for tests and the editors' own tools.</summary>
public sealed record BriefSummary(string Path, string Key, int? Issue, int? Total, string? Date, string? Title, int Pages,
    int Errors, int Warnings, string? Error, string Pdf, string Docx);

/// <summary>What the brief page receives over server-sent events: only the pages that changed, and the glyph outlines it lacks.</summary>
public sealed record PageUpdate(long Version, int PageCount, IReadOnlyList<PagePatch> Pages, string Glyphs, Finding? Banner, IReadOnlyList<Finding> Findings);

/// <summary>A page to put in place: its index from 0, and its SVG.</summary>
public sealed record PagePatch(int Index, string Svg);

/// <summary>The body of <c>POST /api/open</c>: the place the editor command is to open.</summary>
public sealed record OpenRequest(string File, int Line);

/// <summary>JSON made at compile time, as the native build needs (no reflection).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(List<BriefSummary>))]
[JsonSerializable(typeof(PageUpdate))]
[JsonSerializable(typeof(OpenRequest))]
[JsonSerializable(typeof(Finding))]
[JsonSerializable(typeof(string))]
internal sealed partial class ServeJson : JsonSerializerContext
{
    /// <summary>Chinese text written as it is, not as \u escapes: the API is read by people too.</summary>
    public static ServeJson Readable { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
