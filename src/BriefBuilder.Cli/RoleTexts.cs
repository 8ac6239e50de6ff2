using BriefBuilder.Cli.Building;
using BriefBuilder.Model;
using BriefBuilder.Source;
using BriefBuilder.Template;

namespace BriefBuilder.Cli;

/// <summary>
/// A brief's text sorted by the font role that will draw it, as the PDF sets it: wide
/// characters in the paragraph's (or run style's) font, Latin text in the paragraph's Latin
/// font, page numbers in the folio's fonts.
/// </summary>
public static class RoleTexts
{
    public static IEnumerable<(string Role, string Text)> Of(string briefPath, ContentFolder folder, TemplateFolder template)
    {
        var style = template.Style;
        var document = Composer.Compose(BriefReader.Read(briefPath), folder.Series, template);
        var texts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        void Add(string role, string text) => texts[role] = texts.GetValueOrDefault(role, "") + text;
        void AddRuns(string paragraphStyle, IEnumerable<LayoutRun> runs)
        {
            AddText(style.Paragraph(paragraphStyle), runs.Where(r => !r.IsLineBreak).Select(r => (r.Style is null ? null : style.Run(r.Style), r.Text)));
        }
        void AddText(ParagraphStyle ps, IEnumerable<(RunStyle? Style, string Text)> runs)
        {
            foreach (var (runStyle, text) in runs)
                foreach (var rune in text.EnumerateRunes())
                    Add(ps.FontFor(CharClass.Kind(rune.Value), runStyle), rune.ToString());
        }
        foreach (var block in document.Flow.Concat(document.Closing))
        {
            if (block is LayoutParagraph p) AddRuns(p.Style, p.Runs);
            if (block is LayoutRow r) AddRuns(r.Style, r.Runs);
        }
        // Every digit, since the page count is not known before layout.
        AddText(style.PageNumber.Paragraph, [(null, style.PageNumber.Text(1234567890))]);
        return texts.Select(kv => (kv.Key, kv.Value));
    }
}
