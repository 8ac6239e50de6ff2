namespace BriefBuilder.Source;

/// <summary>Did-you-mean hints for a mistyped name: a key, a template variable, a block kind.</summary>
public static class Spelling
{
    /// <summary>"did you mean 'title'? " when a known name is within two edits of <paramref name="word"/>; else "".</summary>
    public static string DidYouMean(string word, IReadOnlyCollection<string> known)
    {
        var near = known.OrderBy(k => Distance(k, word)).ThenBy(k => k, StringComparer.Ordinal).FirstOrDefault();
        return near is not null && Distance(near, word) <= 2 ? $"did you mean '{near}'? " : "";
    }

    /// <summary>Edits from one key to the other, a swap of neighbours counting as one (titel → title).</summary>
    static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }
}
