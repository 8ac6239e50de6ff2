namespace BriefBuilder.Lint;

/// <summary>
/// A line of a brief that holds text to check: the title or subtitle line of the front matter, or
/// a line of the body. Characters before <see cref="Start"/> are markup (the key, # marks, &gt;).
/// <see cref="Unit"/> numbers the paragraph (or heading, or front-matter value) the line belongs
/// to, since quotes and brackets must pair within one.
/// </summary>
public sealed record TextLine(int Number, string Text, int Start, int Unit, bool FrontMatter)
{
    public int Length => Text.Length;
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
        while (j < Text.Length && Text[j] == '*') j++;
        return j < Text.Length ? Text[j] : '\0';
    }
}
