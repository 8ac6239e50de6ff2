namespace BriefBuilder.Source;

/// <summary>
/// A value of a YAML file with the line it stands on: text, a list, or a mapping of keys to values,
/// for a section whose shape its reader knows best (the numbering history, a rule's strokes).
/// YamlDotNet's own nodes stay inside this project.
/// </summary>
public sealed class YamlValue
{
    YamlValue(int line, string? text, IReadOnlyList<YamlValue>? items, IReadOnlyList<KeyValuePair<YamlValue, YamlValue>>? entries)
    {
        Line = line;
        Text = text;
        Items = items;
        Entries = entries;
    }

    /// <summary>1-based line of the file.</summary>
    public int Line { get; }

    /// <summary>The text of a scalar ("" when the value is left empty); null for a list or a mapping.</summary>
    public string? Text { get; }

    /// <summary>The items of a list; null for anything else.</summary>
    public IReadOnlyList<YamlValue>? Items { get; }

    /// <summary>The keys and values of a mapping, in the file's order; null for anything else.</summary>
    public IReadOnlyList<KeyValuePair<YamlValue, YamlValue>>? Entries { get; }

    /// <summary>The value of <paramref name="key"/> in a mapping; null when the key is absent or this is no mapping.</summary>
    public YamlValue? this[string key] => Entries?.FirstOrDefault(e => e.Key.Text == key).Value;

    internal static YamlValue Scalar(int line, string? text) => new(line, text ?? "", null, null);

    internal static YamlValue List(int line, IReadOnlyList<YamlValue> items) => new(line, null, items, null);

    internal static YamlValue Mapping(int line, IReadOnlyList<KeyValuePair<YamlValue, YamlValue>> entries) => new(line, null, null, entries);
}
