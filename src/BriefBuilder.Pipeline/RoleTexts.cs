using BriefBuilder.Model;

namespace BriefBuilder.Pipeline;

/// <summary>
/// A brief's text sorted by the font role that will draw it, as the PDF sets it: wide
/// characters in the paragraph's (or run style's) font, Latin text in the paragraph's Latin
/// font, page numbers in the folio's fonts.
/// </summary>
public static class RoleTexts
{
    public static IEnumerable<(string Role, string Text)> Of(LayoutDocument document, HouseStyle style)
    {
        var texts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        void Add(ParagraphStyle ps, RunStyle? runStyle, string text)
        {
            foreach (var rune in text.EnumerateRunes())
            {
                var role = ps.FontFor(CharClass.Kind(rune.Value), runStyle);
                texts[role] = texts.GetValueOrDefault(role, "") + rune;
            }
        }
        // Every kind of block says which runs it prints in which paragraph style.
        foreach (var (ps, run) in document.Flow.Concat(document.Closing).SelectMany(b => b.StyledRuns(style)))
            Add(ps, run.Style is null ? null : style.Run(run.Style), run.Text);
        // Every digit, since the page count is not known before layout.
        Add(style.PageNumber.Paragraph, null, style.PageNumber.Text(1234567890));
        return texts.Select(kv => (kv.Key, kv.Value));
    }
}
