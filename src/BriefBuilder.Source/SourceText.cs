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

    public static string Read(string path) => Decode(ReadBytes(path), path);

    /// <summary>The text of a file's <paramref name="bytes"/>, strictly UTF-8, its line ends made \n; errors name <paramref name="path"/>.</summary>
    public static string Decode(byte[] bytes, string path)
    {
        try
        {
            var text = Strict.GetString(bytes);
            text = text.StartsWith('\uFEFF') ? text[1..] : text;
            // Only CR LF and a lone CR end a line, as in Markdig: a U+2028 or U+0085 made a line
            // end here would count every later line one too high. Those are the file's characters.
            RejectUnprintable(text, path);
            return text.Replace("\r\n", "\n").Replace('\r', '\n');
        }
        catch (DecoderFallbackException e)
        {
            var at = e.Index >= 0 ? e.Index : 0;
            var line = 1 + bytes.Take(at).Count(b => b == (byte)'\n');
            throw new SourceError(path, line, IsUtf16(bytes)
                ? "the file is UTF-16 text; save it as UTF-8"
                : "the file is not UTF-8 text (was it saved as GBK?); save it as UTF-8");
        }
    }

    /// <summary>A byte-order mark of UTF-16, or the zero bytes that ASCII text in UTF-16 is full of.</summary>
    private static bool IsUtf16(byte[] bytes) =>
        bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] || bytes.Length >= 4 && bytes.AsSpan(0, Math.Min(bytes.Length, 512)).Count((byte)0) * 4 >= Math.Min(bytes.Length, 512);

    /// <summary>
    /// A character <see cref="CharClass.Treatment"/> refuses (a control character, a noncharacter
    /// such as U+FFFE) prints nothing and is no valid XML: it would surface far away, as a template
    /// or writer error. It is the file's mistake, at its line.
    /// </summary>
    private static void RejectUnprintable(string text, string path)
    {
        for (var at = 0; at < text.Length; at++)
        {
            var c = text[at];
            // The common case, quickly; a surrogate goes on, since U+1FFFE and its kind are noncharacters too.
            if (c < 0x20 ? c is '\t' or '\n' or '\r' : c < 0x7F || (c > 0x9F && c < 0xD800)) continue;
            var codePoint = char.IsSurrogatePair(text, at) ? char.ConvertToUtf32(text[at], text[at + 1]) : c;
            if (CharClass.Treatment(codePoint) == CharTreatment.Refused)
            {
                var line = 1 + text.AsSpan(0, at).Count('\n') + text.AsSpan(0, at).Count('\r') - text.AsSpan(0, at).Count("\r\n");
                var what = codePoint < 0xA0 ? "the control character" : "the character";
                throw new SourceError(path, line, $"{what} {CharClass.Describe(codePoint)} cannot be printed (it is invisible in most editors); delete it");
            }
            if (codePoint > 0xFFFF) at++;
        }
    }
}
