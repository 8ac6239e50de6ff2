using System.Text.Json;
using BriefBuilder.Pdf.Layout;
using BriefBuilder.Source;

namespace BriefBuilder.Pipeline;

/// <summary>
/// <c>OUT/.brief-manifest.json</c>: for each output, the fingerprint of what it was made from and
/// the size and time it was written with, and for a PDF how the brief fills its pages (so a build
/// that skips it still reports them). It lives beside the outputs, never inside them, so the
/// DOCX and PDF files stay the same bytes for the same inputs.
/// </summary>
public sealed class BuildManifest
{
    public const string FileName = ".brief-manifest.json";

    /// <summary>What one output was made from (<see cref="Inputs"/>, a fingerprint), how it was left on disk, how it fills its pages.</summary>
    public sealed record Entry(string Inputs, long Length, long WrittenTicks, PageFit? Fit = null);

    readonly string outDir;
    readonly IReadOnlyDictionary<string, Entry> entries;

    BuildManifest(string outDir, IReadOnlyDictionary<string, Entry> entries)
    {
        this.outDir = outDir;
        this.entries = entries;
    }

    public static BuildManifest Load(string outDir) => new(outDir, Read(Path.Combine(outDir, FileName)));

    /// <summary>
    /// Whether <paramref name="output"/> exists as it was written from <paramref name="inputs"/>.
    /// A file replaced or edited since (other size or time) is not current.
    /// </summary>
    public bool IsCurrent(string output, string inputs)
    {
        if (!entries.TryGetValue(Key(outDir, output), out var entry) || entry.Inputs != inputs) return false;
        var file = new FileInfo(output);
        return file.Exists && file.Length == entry.Length && file.LastWriteTimeUtc.Ticks == entry.WrittenTicks;
    }

    /// <summary>How the brief of <paramref name="output"/> filled its pages when it was written, if known.</summary>
    public PageFit? Fit(string output) => entries.TryGetValue(Key(outDir, output), out var entry) ? entry.Fit : null;

    /// <summary>The entry of an output just written from <paramref name="inputs"/>.</summary>
    public static KeyValuePair<string, Entry> Written(string outDir, string output, string inputs, PageFit? fit = null)
    {
        var file = new FileInfo(output);
        return new(Key(outDir, output), new Entry(inputs, file.Length, file.LastWriteTimeUtc.Ticks, fit));
    }

    /// <summary>
    /// Adds <paramref name="written"/> to the manifest as it is on disk now, not as it was loaded:
    /// a watch and a build writing into one folder then lose no entry but in a narrow race, and a
    /// lost entry only costs a rebuild.
    /// </summary>
    public static void Save(string outDir, IEnumerable<KeyValuePair<string, Entry>> written)
    {
        var path = Path.Combine(outDir, FileName);
        var merged = new SortedDictionary<string, Entry>(Read(path), StringComparer.Ordinal);
        foreach (var (key, entry) in written) merged[key] = entry;
        UserFile.Write(path, stream =>
        {
            using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
            json.WriteStartObject();
            foreach (var (key, entry) in merged)
            {
                json.WriteStartObject(key);
                json.WriteString("inputs", entry.Inputs);
                json.WriteNumber("length", entry.Length);
                json.WriteNumber("written", entry.WrittenTicks);
                if (entry.Fit is { } fit)
                {
                    json.WriteStartObject("pages");
                    json.WriteNumber("count", fit.Pages);
                    json.WriteNumber("last_lines", fit.LastPageLines);
                    if (fit.LinesToCut is { } lines) json.WriteNumber("lines_to_cut", lines);
                    if (fit.CharactersToCut is { } characters) json.WriteNumber("characters_to_cut", characters);
                    json.WriteEndObject();
                }
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.Flush();
            stream.WriteByte((byte)'\n');
        });
    }

    /// <summary>The entries of the manifest file; none when it is missing or unreadable, which only means everything is rebuilt.</summary>
    static Dictionary<string, Entry> Read(string path)
    {
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            foreach (var output in document.RootElement.EnumerateObject())
                entries[output.Name] = new Entry(
                    output.Value.GetProperty("inputs").GetString()!,
                    output.Value.GetProperty("length").GetInt64(),
                    output.Value.GetProperty("written").GetInt64(),
                    output.Value.TryGetProperty("pages", out var pages) ? FitOf(pages) : null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException or KeyNotFoundException)
        {
            entries.Clear();
        }
        return entries;
    }

    static PageFit FitOf(JsonElement pages)
    {
        int? Optional(string name) => pages.TryGetProperty(name, out var n) ? n.GetInt32() : null;
        return new PageFit(pages.GetProperty("count").GetInt32(), pages.GetProperty("last_lines").GetInt32(), Optional("lines_to_cut"), Optional("characters_to_cut"));
    }

    static string Key(string outDir, string output) =>
        Path.GetRelativePath(Path.GetFullPath(outDir), Path.GetFullPath(output)).Replace('\\', '/');
}
