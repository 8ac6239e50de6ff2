using System.Text.RegularExpressions;
using BriefBuilder.Model;
using YamlDotNet.Core;

namespace BriefBuilder.Source;

/// <summary>
/// YAML's complaints in an editor's words, at the line to change, with the fix the house uses.
/// For a title with a half-width colon in it YamlDotNet says "While scanning a plain scalar
/// value, found invalid mapping"; the editor needs to hear: quote it, or write ：.
/// Shared by front matter, series.yaml and style.yaml, which are all 'key: value' lines.
/// </summary>
internal static partial class YamlErrors
{
    /// <summary>A 'key: value' line: the key, and the value as written.</summary>
    [GeneratedRegex(@"^(?<key>[A-Za-z_][A-Za-z0-9_]*):[ ]+(?<value>.*)$")]
    private static partial Regex KeyValue();

    /// <summary>A key followed by a full-width colon, or by a half-width one with no space after it.</summary>
    [GeneratedRegex(@"^(?<key>[A-Za-z_][A-Za-z0-9_]*)[ ]*(?:：[ ]*|:(?=[^ ]))(?<value>.*)$")]
    private static partial Regex BadSeparator();

    /// <param name="lines">The YAML's lines; <paramref name="firstLine"/> is the file's line of the first.</param>
    public static SourceError Explain(YamlException e, string[] lines, string file, int firstLine)
    {
        SourceError At(int index, string message) => new(file, index + firstLine, message);

        // YamlDotNet blames a tab on the key before it; the tab's own line is where to look.
        if (Array.FindIndex(lines, l => l.Contains('\t')) is >= 0 and var tab)
            return At(tab, "a tab character: YAML indents and separates with spaces only; replace the tab with spaces");
        // An alias (*name) is blamed on the document's start; the line to change is the one holding it,
        // as a value or as a key (a line that starts with '*').
        if (e is AnchorNotFoundException && Array.FindIndex(lines, l => l.StartsWith('*') || Value(l)?.StartsWith('*') == true) is >= 0 and var alias)
            return At(alias, $"a value cannot start with '*', which YAML reads as a reference to another value; {Fix(lines[alias], "delete the star (the title is set bold without it), or ")}");

        var index = Math.Clamp((int)e.Start.Line - 1, 0, Math.Max(lines.Length - 1, 0));
        var line = lines.Length > 0 ? lines[index] : "";
        var key = KeyValue().Match(line) is { Success: true } kv ? kv.Groups["key"].Value : null;
        var value = Value(line) ?? "";
        var message = Plain(e);
        return At(index, 0 switch
        {
            _ when line.StartsWith(' ') && KeyValue().IsMatch(line.TrimStart()) =>
                "this line starts with a space, so YAML reads it as part of the line above; start every key at the beginning of its line",
            _ when line.StartsWith(' ') =>
                "this line starts with a space, so YAML reads it as the value above going on; write the value on one line, or put it in quotes",
            _ when key is not null && message.Contains("duplicate key", StringComparison.OrdinalIgnoreCase) =>
                $"'{key}' is given a second time here; a key is written once: keep the right one and delete the other",
            _ when key is not null && message.Contains("found invalid mapping", StringComparison.Ordinal) =>
                $"the value of '{key}' holds ': ' (a half-width colon and a space), which YAML reads as a new key; {Fix(line)}",
            _ when key is null && BadSeparator().Match(line) is { Success: true } bad =>
                $"'{bad.Groups["key"].Value}' must be followed by a half-width colon and a space: {bad.Groups["key"].Value}: {bad.Groups["value"].Value}",
            _ when message.Contains("quoted scalar", StringComparison.Ordinal) =>
                "a quote opened on this line is never closed: end the value with the same quote mark, on this line",
            _ when key is not null && value.Length > 0 && value[0] is '"' or '\'' =>
                $"the value of '{key}' starts with a straight quote, so YAML reads a quoted value that must end the line; {Fix(line, "write the Chinese quotes “” (YAML leaves them alone), or ")}",
            _ when key is not null && value.Length > 0 && value[0] is '[' or '{' =>
                $"the value of '{key}' starts with '{value[0]}', so YAML reads a list that must end the line; {Fix(line, "write 【】 for brackets in the text, or ")}",
            _ when key is not null && value.Length > 0 && "@`|>!%&-".Contains(value[0]) =>
                $"the value of '{key}' cannot start with '{value[0]}', a mark of YAML; {Fix(line)}",
            _ => $"this is not YAML the reader understands ({message}); every line is 'key: value', and a value that holds ': ' or starts with a mark goes in quotes",
        });
    }

    /// <summary>A list or quote never closed, found by YamlDotNet's scanner only after the line <paramref name="last"/> (1-based) it read last.</summary>
    public static SourceError Unclosed(string[] lines, int last, string file, int firstLine)
    {
        var open = Array.FindIndex(lines, l => Value(l) is { Length: > 0 } v && v[0] is '[' or '{' && !v.TrimEnd().EndsWith(v[0] == '[' ? ']' : '}'));
        return open >= 0
            ? new SourceError(file, open + firstLine, $"the list opened with '{Value(lines[open])![0]}' is not closed on this line: end it with '{(Value(lines[open])![0] == '[' ? ']' : '}')}'; {Fix(lines[open], "for brackets in the text write 【】, or ")}")
            : new SourceError(file, last + firstLine - 1, "a bracket or quote is not closed: close it on the line where it opens");
    }

    private static string? Value(string line) => KeyValue().Match(line) is { Success: true } m ? m.Groups["value"].Value : null;

    /// <summary>The house's fix for a value YAML cannot read: in Chinese text the full-width colon, else the value in quotes.</summary>
    private static string Fix(string line, string first = "")
    {
        // Not `is not { Success: true } kv`: Stryker cannot compile a mutant of a method with such a pattern variable.
        var kv = KeyValue().Match(line);
        if (!kv.Success) return first + "put the value in quotes";
        var (key, value) = (kv.Groups["key"].Value, kv.Groups["value"].Value.TrimEnd());
        var quoted = $"{key}: \"{value.Replace("\\", "\\\\").Replace("\"", "\\\"")}\"";
        return value.Contains(": ", StringComparison.Ordinal)
            ? $"{first}write the colon full-width, as Chinese text takes it: {key}: {value.Replace(": ", "：")}; or put the value in quotes: {quoted}"
            : $"{first}put the value in quotes: {quoted}";
    }

    /// <summary>YamlDotNet's own words, without the position it puts in front and the closing point.</summary>
    private static string Plain(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return (cut >= 0 && message.StartsWith('(') ? message[(cut + 3)..] : message).TrimEnd('.');
    }
}
