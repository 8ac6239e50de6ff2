using System.Globalization;
using BriefBuilder.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace BriefBuilder.Source;

/// <summary>
/// A YAML mapping read with line numbers, so every complaint about a value names the line it
/// stands on. Shared by the readers of front matter, series.yaml and style.yaml.
/// </summary>
public sealed class YamlMapping
{
    private readonly Dictionary<string, (YamlNode Value, int Line)> _entries = new();

    /// <summary>Added to YamlDotNet's 1-based line numbers to give lines of the file.</summary>
    private readonly int _offset;

    public string File { get; }
    public int Line { get; }

    private YamlMapping(string file, int line, int offset) { File = file; Line = line; _offset = offset; }

    /// <summary>Parses <paramref name="yaml"/>, whose first line is line <paramref name="firstLine"/> of <paramref name="file"/>.</summary>
    public static YamlMapping Parse(string yaml, string file, int firstLine = 1)
    {
        // YAML ends a line at U+2028 and U+2029 too; the file, like Markdig, only at \n. Past one,
        // every line YamlDotNet names would be off, so it is refused where it stands.
        var separator = yaml.IndexOfAny(['\u2028', '\u2029']);
        if (separator >= 0)
            throw new SourceError(file, firstLine + yaml.AsSpan(0, separator).Count('\n'),
                $"there is a {CharClass.Describe(yaml[separator])} on this line, which YAML takes for the end of a line: delete it (it comes with text pasted from Word)");
        var stream = new YamlStream();
        var parser = new Parser(new StringReader(yaml));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            throw YamlErrors.Explain(e, yaml.Split('\n'), file, firstLine);
        }
        catch (ArgumentException)
        {
            // YamlDotNet refuses some tags (!…) and aliases (*…) this way rather than as YAML errors (found by fuzz/run).
            var line = (int)(parser.Current?.Start.Line ?? 1) + firstLine - 1;
            throw new SourceError(file, line, "malformed YAML: a tag (!name) or alias (*name) that cannot be read; these settings need neither: remove the ! or * and what follows it, or quote the value");
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner can trip over some unclosed brackets this way; blame the last good token.
            throw YamlErrors.Unclosed(yaml.Split('\n'), (int)(parser.Current?.End.Line ?? 1), file, firstLine);
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            return new YamlMapping(file, firstLine, firstLine - 1);
        return From(stream.Documents[0].RootNode, file, firstLine - 1, "the document");
    }

    private static YamlMapping From(YamlNode node, string file, int offset, string what)
    {
        var line = (int)node.Start.Line + offset;
        // Not `is not YamlMappingNode map`: Stryker cannot compile its mutants of such a method.
        var map = node as YamlMappingNode;
        if (map is null)
            throw new SourceError(file, line, $"expected {what} to be a mapping of 'key: value' lines");
        var result = new YamlMapping(file, line, offset);
        // YamlDotNet itself refuses a key given twice, at its second line (YamlErrors words it).
        foreach (var (k, v) in map.Children)
        {
            var keyLine = (int)k.Start.Line + offset;
            // YAML lets a key be a list or a mapping ('? - a', '[a, b]: x'); no setting is named so (found by fuzz/run lintfix).
            if (k is not YamlScalarNode { Value: var name })
                throw new SourceError(file, keyLine, "malformed YAML: a key that is a list or a mapping (a '?' line, [ ] or { } before the colon); a key is a name like title:");
            result._entries[name ?? ""] = (v, keyLine);
        }
        return result;
    }

    public IEnumerable<string> Keys => _entries.Keys;
    public bool Has(string key) => _entries.ContainsKey(key);
    public int LineOf(string key) => _entries.TryGetValue(key, out var e) ? e.Line : Line;

    /// <summary>Fails on the first key not in <paramref name="known"/>, suggesting the nearest known one.</summary>
    public void RejectUnknownKeys(IReadOnlyCollection<string> known)
    {
        foreach (var (key, (_, line)) in _entries)
        {
            if (known.Contains(key)) continue;
            var hint = Spelling.DidYouMean(key, known);
            throw new SourceError(File, line, $"unknown key '{key}'; {hint}expected one of: {string.Join(", ", known)}");
        }
    }

    public string? OptionalString(string key)
    {
        if (!_entries.TryGetValue(key, out var e)) return null;
        if (e.Value is YamlScalarNode s && s.Value is { Length: > 0 } text) return text.Trim();
        throw new SourceError(File, e.Line, $"'{key}' must be text on one line");
    }

    /// <summary>
    /// A telephone number, at most <see cref="PhoneLength"/> characters: the closing line sets it
    /// beside the editor and the fax, and a longer one ran into them (the row's parts overlapped,
    /// an error that named neither the line nor the key).
    /// </summary>
    public string? OptionalPhone(string key)
    {
        var text = OptionalString(key);
        if (text is null || text.Length <= PhoneLength) return text;
        throw new SourceError(File, LineOf(key),
            $"'{key}' is {text.Length} characters; the closing line has room for a number of at most {PhoneLength}, like 18896954159 or 0512-68661234");
    }

    public const int PhoneLength = 15;

    public string String(string key, string expected) =>
        OptionalString(key) ?? throw Missing(key, expected);

    public int? OptionalInt(string key, string expected)
    {
        var text = OptionalString(key);
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0) return n;
        throw new SourceError(File, LineOf(key), $"'{key}' must be {expected}, not '{text}'");
    }

    public int Int(string key, string expected) => OptionalInt(key, expected) ?? throw Missing(key, expected);

    public double? OptionalNumber(string key)
    {
        var text = OptionalString(key);
        if (text is null) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n)) return n;
        throw new SourceError(File, LineOf(key), $"'{key}' must be a number, not '{text}'");
    }

    public bool OptionalBool(string key)
    {
        var text = OptionalString(key);
        return text switch
        {
            null or "false" => false,
            "true" => true,
            _ => throw new SourceError(File, LineOf(key), $"'{key}' must be true or false, not '{text}'"),
        };
    }

    public DateOnly Date(string key)
    {
        var text = String(key, "a date written YYYY-MM-DD");
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        throw new SourceError(File, LineOf(key), $"'{key}' must be a date written YYYY-MM-DD (like 2024-06-03), not '{text}'");
    }

    /// <summary>
    /// Text in lines the writer chose: a list of lines, or a scalar whose line breaks (a block
    /// scalar, <c>key: |</c>) end its lines. Blank lines and the spaces around lines are dropped.
    /// </summary>
    public IReadOnlyList<string>? OptionalLines(string key)
    {
        if (!_entries.TryGetValue(key, out var e)) return null;
        var lines = e.Value switch
        {
            YamlSequenceNode seq when seq.Children.All(c => c is YamlScalarNode) => seq.Children.Select(c => ((YamlScalarNode)c).Value ?? ""),
            YamlScalarNode s => (s.Value ?? "").Split('\n'),
            _ => [],
        };
        var result = lines.Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (result.Count == 0)
            throw new SourceError(File, e.Line, $"'{key}' must be text, or its lines as a list like [践行“四敢”精神, 全力打造产业创新集群]");
        return result;
    }

    /// <summary>A list of scalars; a single scalar counts as a list of one.</summary>
    public IReadOnlyList<string>? OptionalList(string key)
    {
        if (!_entries.TryGetValue(key, out var e)) return null;
        var items = e.Value switch
        {
            YamlSequenceNode seq => seq.Children.Select(c => (c as YamlScalarNode)?.Value?.Trim()).ToList(),
            YamlScalarNode s => [s.Value?.Trim()],
            _ => [null],
        };
        if (items.Count == 0 || items.Any(string.IsNullOrEmpty))
            throw new SourceError(File, e.Line, $"'{key}' must be a list of names, like [刘小涛书记, 王颺秘书长]");
        return items!;
    }

    public YamlMapping? OptionalMapping(string key) =>
        _entries.TryGetValue(key, out var e) ? From(e.Value, File, _offset, $"'{key}'") : null;

    public YamlMapping Mapping(string key) => OptionalMapping(key) ?? throw Missing(key, "a mapping");

    /// <summary>The raw node, for readers of this project that need what only YamlDotNet knows (a scalar's style and column).</summary>
    internal YamlNode? Node(string key) => _entries.TryGetValue(key, out var e) ? e.Value : null;

    /// <summary>Line of <paramref name="node"/> in the file.</summary>
    internal int LineOf(YamlNode node) => (int)node.Start.Line + _offset;

    /// <summary>The value of <paramref name="key"/> as it stands, for sections whose shape the caller knows best; null when absent.</summary>
    public YamlValue? Value(string key) => _entries.TryGetValue(key, out var e) ? ValueOf(e.Value) : null;

    private YamlValue ValueOf(YamlNode node)
    {
        var line = LineOf(node);
        return node switch
        {
            YamlScalarNode s => YamlValue.Scalar(line, s.Value),
            YamlSequenceNode list => YamlValue.List(line, list.Children.Select(ValueOf).ToList()),
            YamlMappingNode map => YamlValue.Mapping(line, map.Children.Select(e => KeyValuePair.Create(ValueOf(e.Key), ValueOf(e.Value))).ToList()),
            // An alias (*name) is the only other node YamlDotNet gives; a brief's settings have no use for it.
            _ => throw new SourceError(File, line, "a YAML alias (*name) cannot stand here; write the value out"),
        };
    }

    public SourceError Missing(string key, string expected) =>
        new(File, Line, $"missing key '{key}': expected {expected}");

    public SourceError ErrorAt(string key, string message) => new(File, LineOf(key), message);
}
