using System.Collections;
using BriefBuilder.Model;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefBuilder.Template;

/// <summary>
/// The rows of a table a template makes itself (the year's catalogue): a list of rows, each a list
/// of cells, each cell content as a paragraph takes it. The first row is the header; every row has
/// as many cells as it.
/// </summary>
internal static class TemplateRows
{
    public static List<LayoutTableRow> Of(object? rows, ScriptNode at, SourceRef source)
    {
        // Not `is not IEnumerable list`: Stryker cannot compile a mutant of a condition declaring a variable.
        var list = rows as IEnumerable;
        if (list is null || rows is string or ScriptObject)
            throw LayoutBuilder.Error(at, "a table's rows are a body table (b) or a list of rows, each a list of cells");
        var made = new List<LayoutTableRow>();
        foreach (var row in list)
        {
            var cells = row as IEnumerable;
            if (cells is null || row is string or ScriptObject)
                throw LayoutBuilder.Error(at, $"row {made.Count + 1} of the table is not a list of cells");
            var contents = cells.Cast<object?>().Select(c => Content.Of(c, at, "a table cell")).ToList();
            if (made.Count > 0 && contents.Count != made[0].Cells.Count)
                throw LayoutBuilder.Error(at, $"row {made.Count + 1} of the table has {contents.Count} cells, its header {made[0].Cells.Count}");
            var line = contents.SelectMany(c => c.Blocks).FirstOrDefault()?.Block.Line ?? source.Line;
            made.Add(new LayoutTableRow(contents.Select(c => c.Runs).ToList(), source with { Line = line }));
        }
        if (made.Count < 2) throw LayoutBuilder.Error(at, "a table needs a header row and at least one row below it");
        if (made[0].Cells.Count == 0) throw LayoutBuilder.Error(at, "a table's header row has no cells");
        return made;
    }
}
