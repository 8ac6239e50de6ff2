using System.Text.Json;

namespace BriefBuilder.Tests.Pdf;

/// <summary>
/// A PDF's objects as qpdf reads them (<c>qpdf --json=2</c>): an independent parser, so the
/// print-ready tests check what a reader finds in the file, not what our writer meant to write.
/// </summary>
sealed class QpdfJson
{
    readonly JsonElement objects;

    QpdfJson(JsonElement objects) => this.objects = objects;

    public static QpdfJson Read(string pdf)
    {
        var (exit, json) = PdfTools.Run("qpdf", "--json=2", "--json-key=qpdf", "--json-stream-data=inline", "--decode-level=generalized", pdf);
        Assert.True(exit == 0, json);
        return new QpdfJson(JsonDocument.Parse(json).RootElement.GetProperty("qpdf")[1]);
    }

    public JsonElement Trailer => objects.GetProperty("trailer").GetProperty("value");

    public JsonElement Catalog => Resolve(Trailer.GetProperty("/Root"));

    public IEnumerable<(string Key, JsonElement Object)> All =>
        objects.EnumerateObject().Where(p => p.Name.StartsWith("obj:", StringComparison.Ordinal)).Select(p => (p.Name, p.Value));

    /// <summary>A reference ("12 0 R") → the object's value, or a stream's dictionary; anything else as it is.</summary>
    public JsonElement Resolve(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String || !value.GetString()!.EndsWith(" R", StringComparison.Ordinal)) return value;
        var obj = objects.GetProperty("obj:" + value.GetString());
        return obj.TryGetProperty("value", out var v) ? v : obj.GetProperty("stream").GetProperty("dict");
    }

    /// <summary>The decoded bytes of the stream a reference points at.</summary>
    public byte[] StreamData(JsonElement reference) =>
        Convert.FromBase64String(objects.GetProperty("obj:" + reference.GetString()).GetProperty("stream").GetProperty("data").GetString()!);

    public JsonElement Get(JsonElement dictionary, string key) => Resolve(dictionary.GetProperty(key));

    public IReadOnlyList<JsonElement> Pages() =>
        Get(Catalog, "/Pages").GetProperty("/Kids").EnumerateArray().Select(Resolve).ToList();

    /// <summary>qpdf writes text strings as "u:…" (decoded) and names as "/…".</summary>
    public static string Text(JsonElement value) => value.GetString()!.StartsWith("u:", StringComparison.Ordinal) ? value.GetString()![2..] : value.GetString()!;
}
