using System.Buffers;
using System.Text;
using BriefBuilder.Model;

namespace BriefBuilder.Source;

/// <summary>Reads an editor's text file strictly as UTF-8, so a file saved as GBK fails loudly instead of turning into mojibake.</summary>
public static class SourceText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file's bytes; a file that cannot be read is the editor's to fix, said with its name.</summary>
    public static byte[] ReadBytes(string path)
    {
        try
        {
            return System.IO.File.ReadAllBytes(path);
        }
        catch (UnauthorizedAccessException)
        {
            throw new SourceError(path, 0, Directory.Exists(path)
                ? "cannot read: this is a folder, not a file"
                : "cannot read (permission denied): give your user read permission on the file");
        }
        catch (IOException e)
        {
            throw new SourceError(path, 0, $"cannot read the file: {e.Message}");
        }
    }

    public static string Read(string path)
    {
        var bytes = ReadBytes(path);
        try
        {
            var text = Strict.GetString(bytes);
            text = text.StartsWith('\uFEFF') ? text[1..] : text;
            // Before line endings are made \n: that would turn a form feed or U+0085 into a new line.
            RejectControlCharacters(text, path);
            return text.ReplaceLineEndings("\n");
        }
        catch (DecoderFallbackException e)
        {
            var at = e.Index >= 0 ? e.Index : 0;
            var line = 1 + bytes.Take(at).Count(b => b == (byte)'\n');
            throw new SourceError(path, line, "the file is not UTF-8 text (was it saved as GBK?); save it as UTF-8");
        }
    }

    /// <summary>
    /// A control character (other than tab and line end) prints nothing and is no valid XML: it
    /// would surface far away, as a template or writer error. It is the file's mistake, at its line.
    /// </summary>
    private static void RejectControlCharacters(string text, string path)
    {
        var at = text.AsSpan().IndexOfAny(Controls);
        if (at < 0) return;
        var line = 1 + text.AsSpan(0, at).Count('\n');
        throw new SourceError(path, line, $"the control character U+{(int)text[at]:X4} cannot be printed (it is invisible in most editors); delete it");
    }

    /// <summary>C0 controls but tab and line ends, DEL, and the C1 controls.</summary>
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c).ToArray());
}
