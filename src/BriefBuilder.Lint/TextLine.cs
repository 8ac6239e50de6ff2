namespace BriefBuilder.Lint;

/// <summary>
/// A line of a brief that holds text to check: the title or subtitle line of the front matter, or
/// a line of the body. Characters before <see cref="Start"/> and from <see cref="End"/> on are
/// markup (the key and YAML quotes, # marks, &gt;).
/// <see cref="Unit"/> numbers the paragraph (or heading, or front-matter value) the line belongs
/// to, since quotes and brackets must pair within one.
/// A front-matter value that does not stand in the file character for character (quoted, or over
/// several lines) is its value as YAML reads it: not <see cref="Editable"/>, since a column of the
/// value is no column of the file.
/// </summary>
public sealed record TextLine(int Number, string Text, int Start, int End, int Unit, bool FrontMatter, bool Editable = true)
{
    public char this[int i] => Text[i];

    /// <summary>The character before <paramref name="i"/>, looking through emphasis marks (*); '\0' at the start.</summary>
    public char Before(int i)
    {
        var j = i - 1;
        while (j >= Start && Text[j] == '*') j--;
        return j >= Start ? Text[j] : '\0';
    }

    /// <summary>The character after <paramref name="i"/>, looking through emphasis marks (*); '\0' at the end.</summary>
    public char After(int i)
    {
        var j = i + 1;
        while (j < End && Text[j] == '*') j++;
        return j < End ? Text[j] : '\0';
    }
}
