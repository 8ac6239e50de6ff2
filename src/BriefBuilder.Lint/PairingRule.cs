namespace BriefBuilder.Lint;

/// <summary>
/// unpaired-quote and unpaired-bracket: an opening “ ‘ 《 （ 【 with no closing mark in its
/// paragraph, or a closing one with no opening one. Quotes may nest (“…‘…’…”), so each kind is
/// matched on a stack of its own. Not fixable: where the missing mark belongs is the editor's call.
/// </summary>
public sealed class PairingRule : Rule
{
    private static readonly (char Open, char Close, string Code)[] Pairs =
    [
        ('“', '”', "unpaired-quote"), ('‘', '’', "unpaired-quote"),
        ('《', '》', "unpaired-bracket"), ('（', '）', "unpaired-bracket"), ('【', '】', "unpaired-bracket"),
    ];

    public override IEnumerable<Finding> Check(LintInput input)
    {
        foreach (var unit in input.Text.GroupBy(l => l.Unit))
        {
            foreach (var (open, close, code) in Pairs)
            {
                var opened = new Stack<int>();
                foreach (var line in unit)
                {
                    for (var i = line.Start; i < line.End; i++)
                    {
                        if (line[i] == open) opened.Push(line.Number);
                        else if (line[i] != close) continue;
                        else if (opened.Count > 0) opened.Pop();
                        else yield return Error(input, line.Number, code, $"'{close}' closes nothing: no '{open}' before it in this paragraph",
                            $"add the opening '{open}' where the quotation or aside starts, or drop this '{close}'");
                    }
                }
                foreach (var line in opened.Reverse())
                    yield return Error(input, line, code, $"'{open}' is never closed in this paragraph",
                        $"add the closing '{close}' where the quotation or aside ends");
            }
        }
    }
}
