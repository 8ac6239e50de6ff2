using System.Text.RegularExpressions;
using BriefBuilder.Source;

namespace BriefBuilder.Lint;

/// <summary>
/// Numbers by GB/T 15835-2011: digit-fullwidth — １２３ written for 123 (fixable);
/// year-two-digit — a year cut to two digits ('23年, 23年5月), which must be written whole;
/// range-hyphen — a range joined by a hyphen (2023-2024年), which takes — or ～ (GB/T 15834);
/// number-mixed — one count written in Arabic digits in one place and Chinese numerals in
/// another (4大 … 四大), which a brief should write one way.
/// </summary>
public sealed partial class NumberRules : Rule
{
    // A unit word after a count: what makes "4大" and "四大" the same number of the same thing.
    private const string Units = "个家所项名位种条大款批次倍";

    [GeneratedRegex("[０-９]+")]
    private static partial Regex FullWidthDigits();

    [GeneratedRegex(@"(?<![0-9.])[’'‘]?[0-9]{2}年(?=[0-9]{1,2}月)|[’'‘][0-9]{2}年")]
    private static partial Regex ShortYear();

    [GeneratedRegex(@"(?<![0-9.\-])[0-9]+(?:\.[0-9]+)?-[0-9]+(?:\.[0-9]+)?(?=[年月日号%％万亿元个家项名倍岁])")]
    private static partial Regex HyphenRange();

    [GeneratedRegex(@"(?<![0-9.])([0-9]{1,2})(?=[" + Units + "])")]
    private static partial Regex ArabicCount();

    [GeneratedRegex(@"(?<![零一二三四五六七八九十百千万亿两第])([二三四五六七八九]?十[一二三四五六七八九]?|[二三四五六七八九])(?=[" + Units + "])")]
    private static partial Regex ChineseCount();

    public override IEnumerable<Finding> Check(LintInput input)
    {
        var firstForm = new Dictionary<(int, char), (string Text, int Line, bool Arabic)>();
        foreach (var line in input.Text)
        {
            var text = line.Text[line.Start..line.End];
            foreach (Match m in FullWidthDigits().Matches(text))
            {
                var ascii = string.Concat(m.Value.Select(c => (char)(c - '０' + '0')));
                yield return Fixable(input, line, "digit-fullwidth", $"full-width digits '{m.Value}'",
                    $"write '{ascii}': numbers take half-width digits (GB/T 15835-2011); brief lint --fix does it", line.Start + m.Index, m.Length, ascii);
            }
            foreach (Match m in ShortYear().Matches(text))
                yield return Warning(input, line.Number, "year-two-digit", $"a year cut to two digits: '{m.Value}'",
                    "write the year in full, like 2023年 (GB/T 15835-2011)");
            foreach (Match m in HyphenRange().Matches(text))
                yield return Warning(input, line.Number, "range-hyphen", $"a range joined by a hyphen: '{m.Value}'",
                    $"join the ends with '—' or '～', like {m.Value.Replace('-', '—')} (GB/T 15834-2011 4.13); a hyphen joins parts of a name");
            foreach (var (m, arabic) in ArabicCount().Matches(text).Select(m => (m, true)).Concat(ChineseCount().Matches(text).Select(m => (m, false))).OrderBy(x => x.m.Index))
            {
                var value = arabic ? int.Parse(m.Value) : ChineseNumeral.Parse(m.Value)!.Value;
                var unit = text[m.Index + m.Length];
                // The first form of a count is kept; not TryGetValue's `out var`, whose mutants Stryker cannot compile.
                if (firstForm.TryAdd((value, unit), (m.Value + unit, line.Number, arabic))) continue;
                var first = firstForm[(value, unit)];
                if (first.Arabic != arabic)
                    yield return Warning(input, line.Number, "number-mixed", $"'{m.Value}{unit}' here, '{first.Text}' on line {first.Line}",
                        "write one count one way throughout a brief: Arabic digits for counts and measures, Chinese numerals in set phrases (GB/T 15835-2011)");
            }
        }
    }
}
