using System.Text;

namespace BriefBuilder.Cli.Building;

/// <summary>
/// A writer that starts every line with the time it was written (<c>14:03:27 </c>): a watch runs
/// all day, and an editor looking back at it must tell the build of the last save from one an
/// hour old.
/// </summary>
public sealed class TimedLines(TextWriter inner, Func<DateTime> now) : TextWriter
{
    private readonly object _gate = new();
    private bool _lineStart = true;

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value) => Write(value.ToString());

    public override void Write(string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        lock (_gate)
        {
            var text = new StringBuilder();
            foreach (var c in value)
            {
                if (_lineStart && c != '\n') text.Append(now().ToString("HH:mm:ss ", System.Globalization.CultureInfo.InvariantCulture));
                text.Append(c);
                _lineStart = c == '\n';
            }
            inner.Write(text.ToString());
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void Flush() => inner.Flush();
}
