using System.Text;

namespace BriefBuilder.Cli;

/// <summary>
/// The console as the platform's user expects it. The program writes its text with <c>\n</c>,
/// in UTF-8, and so are the files it writes on every platform; only the console differs: on
/// Windows it took the code page's encoding (Chinese printed as ? or mojibake) and lines ended
/// half with <c>\n</c> (our text) and half with CR LF (WriteLine).
/// </summary>
public static class ConsoleText
{
    /// <summary>Sets the console to UTF-8 and, where the platform ends lines otherwise, ends every line its way.</summary>
    public static void Set()
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        Console.OutputEncoding = utf8; // recreates Console.Out and Console.Error in it
        if (Environment.NewLine == "\n") return;
        Console.SetOut(TextWriter.Synchronized(new LineEnds(Console.Out, Environment.NewLine)));
        Console.SetError(TextWriter.Synchronized(new LineEnds(Console.Error, Environment.NewLine)));
    }
}

/// <summary>Passes text on with each line end, <c>\n</c> or <c>\r\n</c>, written as <paramref name="lineEnd"/>.</summary>
public sealed class LineEnds : TextWriter
{
    readonly TextWriter inner;
    readonly string lineEnd;
    bool afterReturn;

    public LineEnds(TextWriter inner, string lineEnd)
    {
        this.inner = inner;
        this.lineEnd = lineEnd;
        NewLine = "\n"; // WriteLine's end becomes the platform's like any other
    }

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value) => Write(value.ToString());

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void Write(string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        var text = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            // A \r already written before this \n (a CR LF of the caller's) is the line end's start.
            if (c == '\n') text.Append(afterReturn && lineEnd.StartsWith('\r') ? lineEnd[1..] : lineEnd);
            else text.Append(c);
            afterReturn = c == '\r';
        }
        inner.Write(text.ToString());
    }

    public override void Flush() => inner.Flush();
}
