using System.Text;
using BriefBuilder.Model;

namespace BriefBuilder.Source;

/// <summary>Reads an editor's text file strictly as UTF-8, so a file saved as GBK fails loudly instead of turning into mojibake.</summary>
public static class SourceText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = System.IO.File.ReadAllBytes(path);
        }
        catch (IOException e)
        {
            throw new SourceError(path, 0, $"cannot read the file: {e.Message}");
        }
        try
        {
            var text = Strict.GetString(bytes);
            return (text.StartsWith('\uFEFF') ? text[1..] : text).ReplaceLineEndings("\n");
        }
        catch (DecoderFallbackException e)
        {
            var at = e.Index >= 0 ? e.Index : 0;
            var line = 1 + bytes.Take(at).Count(b => b == (byte)'\n');
            throw new SourceError(path, line, "the file is not UTF-8 text (was it saved as GBK?); save it as UTF-8");
        }
    }
}
