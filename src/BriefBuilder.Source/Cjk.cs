namespace BriefBuilder.Source;

/// <summary>Which characters are set wide (Chinese characters and full-width punctuation).</summary>
public static class Cjk
{
    public static bool IsWide(char c) =>
        c is >= '\u2E80' and <= '\u9FFF'      // radicals, CJK symbols and punctuation, kana, ideographs
          or >= '\uF900' and <= '\uFAFF'      // compatibility ideographs
          or >= '\uFE30' and <= '\uFE4F'      // compatibility forms
          or >= '\uFF00' and <= '\uFFEF'      // full-width forms
          or '\u2014' or '\u2026' or '\u201C' or '\u201D' or '\u2018' or '\u2019'
          or >= '\uD800' and <= '\uDFFF';     // surrogates: supplementary ideographs like 𠮷
}
