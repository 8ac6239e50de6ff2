using BriefBuilder.Model;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefBuilder.Docx;

/// <summary>
/// A house table style in styles.xml (w:style w:type="table"): every grid line in the stroke of its
/// rule style, and its cell padding. Word lists it by its Chinese name among the table styles, so an
/// editor's new table can take the house look.
/// </summary>
internal static class TableStyles
{
    public static string Id(Model.TableStyle table) => table.Name;

    public static Style Build(Model.TableStyle table, HouseStyle style)
    {
        var rule = style.Rule(table.Rule);
        return new Style(
            new StyleName { Val = table.Docx },
            new PrimaryStyle(),
            new StyleTableProperties(
                new TableBorders(
                    HorizontalRules.CellBorder<TopBorder>(rule, style),
                    HorizontalRules.CellBorder<LeftBorder>(rule, style),
                    HorizontalRules.CellBorder<BottomBorder>(rule, style),
                    HorizontalRules.CellBorder<RightBorder>(rule, style),
                    HorizontalRules.CellBorder<InsideHorizontalBorder>(rule, style),
                    HorizontalRules.CellBorder<InsideVerticalBorder>(rule, style)),
                new TableCellMarginDefault(
                    new TopMargin { Width = Units.Text(Units.Twips(table.PaddingY)), Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = (short)Units.Twips(table.PaddingX), Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = Units.Text(Units.Twips(table.PaddingY)), Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = (short)Units.Twips(table.PaddingX), Type = TableWidthValues.Dxa })))
        {
            Type = StyleValues.Table,
            StyleId = Id(table),
        };
    }
}
