using System.Globalization;
using BriefBuilder.Model;
using BriefBuilder.Pdf.Layout;

namespace BriefBuilder.Pdf.Writing;

/// <summary>
/// The logical structure of a tagged PDF (ISO 32000-1, 14.7): a Document element holding one
/// element per paragraph in reading order, each pointing at its marked-content sequences on
/// the pages, and the ParentTree that leads back from a sequence to its element. Also the
/// outline, one bookmark per heading nested by level, built from the same elements.
/// </summary>
static class StructureTree
{
    /// <summary>Writes the tree; <paramref name="marked"/>[i] are the sequences of page i, whose /StructParents is i.</summary>
    public static int Write(PdfObjects objects, IReadOnlyList<int> pages, IReadOnlyList<IReadOnlyList<MarkedContent>> marked)
    {
        int root = objects.Reserve();
        int document = objects.Reserve();

        // Sequences of each element as (page, MCID); elements nested as their tags' parents say.
        var sequences = marked.SelectMany((list, page) => list.Select((m, mcid) => (m.Tag, Page: page, Mcid: mcid)))
            .GroupBy(p => p.Tag).ToDictionary(g => g.Key, g => g.Select(p => new Sequence(p.Page, p.Mcid)).ToList());
        var children = new Dictionary<ContentTag, List<ContentTag>>();
        var top = new List<ContentTag>();
        var known = new HashSet<ContentTag>();
        foreach (var tag in sequences.Keys)
            for (var t = tag; known.Add(t); t = t.Parent)
            {
                if (t.Parent is null) { top.Add(t); break; }
                (children.TryGetValue(t.Parent, out var list) ? list : children[t.Parent] = []).Add(t);
            }
        var elementOf = new Dictionary<Sequence, int>();

        // An element's object: its children in order (by Id), or its marked-content sequences.
        int Element(ContentTag tag, int parent)
        {
            int element = objects.Reserve();
            string k = children.TryGetValue(tag, out var kids) ? $"/K [{Refs(kids.OrderBy(c => c.Id).Select(c => Element(c, element)))}]"
                : Contents(sequences[tag]);
            // A header cell heads its column (PDF/UA, 14.8.5.7 of ISO 32000-1).
            // A figure's element says in words what it shows (ISO 32000-1 14.9.3): its caption.
            string attributes = tag.Role == "TH" ? " /A << /O /Table /Scope /Column >>"
                : tag.Role == StructureTags.Figure ? $" /Alt {PdfSyntax.TextString(tag.Text)}" : "";
            objects.Set(element, $"<< /Type /StructElem /S /{tag.Role} /P {parent} 0 R {k}{attributes} >>");
            if (sequences.TryGetValue(tag, out var own)) foreach (var s in own) elementOf[s] = element;
            return element;
        }
        string Contents(List<Sequence> kids) => kids.All(p => p.Page == kids[0].Page)
            ? $"/Pg {pages[kids[0].Page]} 0 R /K {Array(kids.Select(p => I(p.Mcid)))}"
            : $"/K [{string.Join(' ', kids.Select(p => $"<< /Type /MCR /Pg {pages[p.Page]} 0 R /MCID {I(p.Mcid)} >>"))}]";
        var elements = top.OrderBy(t => t.Id).Select(t => Element(t, document)).ToList();
        objects.Set(document, $"<< /Type /StructElem /S /Document /P {root} 0 R /K [{Refs(elements)}] >>");

        var parentTree = marked.Select((list, page) => $"{I(page)} [{Refs(list.Select((_, mcid) => elementOf[new(page, mcid)]))}]");
        objects.Set(root, $"<< /Type /StructTreeRoot /K {document} 0 R /ParentTree << /Nums [{string.Join(' ', parentTree)}] >> /ParentTreeNextKey {I(pages.Count)} >>");
        return root;
    }

    /// <summary>
    /// Writes the outline: a bookmark per heading, under the nearest heading of a higher level
    /// before it, all open. Returns null when the document has no heading.
    /// </summary>
    public static int? WriteOutline(PdfObjects objects, IReadOnlyList<int> pages, IReadOnlyList<IReadOnlyList<MarkedContent>> marked)
    {
        var headings = marked.SelectMany((list, page) => list.Select(m => (m.Tag, Page: page, m.Top)))
            .Where(h => StructureTags.HeadingLevel(h.Tag.Role) > 0)
            .GroupBy(h => h.Tag).OrderBy(g => g.Key.Id).Select(g => g.First()).ToList();
        if (headings.Count == 0) return null;

        var outline = new Bookmark(0, "", 0, 0, objects.Reserve());
        var open = new Stack<Bookmark>([outline]);
        foreach (var (tag, page, top) in headings)
        {
            int level = StructureTags.HeadingLevel(tag.Role);
            while (open.Peek().Level >= level) open.Pop();
            var bookmark = new Bookmark(level, tag.Text, page, top, objects.Reserve());
            open.Peek().Children.Add(bookmark);
            open.Push(bookmark);
        }
        objects.Set(outline.Number, $"<< /Type /Outlines{Children(outline)} >>");
        SetChildren(objects, outline, pages);
        return outline.Number;
    }

    static void SetChildren(PdfObjects objects, Bookmark parent, IReadOnlyList<int> pages)
    {
        for (int i = 0; i < parent.Children.Count; i++)
        {
            var b = parent.Children[i];
            string prev = i > 0 ? $" /Prev {parent.Children[i - 1].Number} 0 R" : "";
            string next = i + 1 < parent.Children.Count ? $" /Next {parent.Children[i + 1].Number} 0 R" : "";
            objects.Set(b.Number, $"<< /Title {PdfSyntax.TextString(b.Title)} /Parent {parent.Number} 0 R{prev}{next}{Children(b)} " +
                $"/Dest [{pages[b.Page]} 0 R /XYZ null {PdfSyntax.Number(b.Top)} null] >>");
            SetChildren(objects, b, pages);
        }
    }

    /// <summary>/First, /Last and /Count (all descendants, positive: shown open) of a bookmark with children.</summary>
    static string Children(Bookmark b) => b.Children.Count == 0 ? ""
        : $" /First {b.Children[0].Number} 0 R /Last {b.Children[^1].Number} 0 R /Count {I(b.Descendants)}";

    sealed record Bookmark(int Level, string Title, int Page, double Top, int Number)
    {
        public List<Bookmark> Children { get; } = [];
        public int Descendants => Children.Sum(c => 1 + c.Descendants);
    }

    readonly record struct Sequence(int Page, int Mcid);

    static string Refs(IEnumerable<int> numbers) => string.Join(' ', numbers.Select(n => $"{I(n)} 0 R"));

    static string Array(IEnumerable<string> items) => $"[{string.Join(' ', items)}]";

    static string I(int n) => n.ToString(CultureInfo.InvariantCulture);
}
