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
