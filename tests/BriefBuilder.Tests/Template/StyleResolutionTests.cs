using BriefBuilder.Tests.Support;

namespace BriefBuilder.Tests.Template;

/// <summary>Figures that style.yaml gives in its own terms and the style reader resolves once for both writers.</summary>
public class StyleResolutionTests
{
    const double PointsPerMm = 72 / 25.4;

    [Fact]
    public void Folio_indent_is_one_character_of_the_folios_own_type_and_its_top_7_mm_below_the_text_block()
    {
        var style = HouseStyles.Zhuanbao;
        // indent: 1 (characters) of 四号, the folio being off the grid: 14 pt, not the 15.79 pt grid cell.
        Assert.Equal(14, style.PageNumber.Indent, 6);
        // top 37 mm + text block 225 mm + below_text 7 mm.
        Assert.Equal((37 + 225 + 7) * PointsPerMm, style.FolioTop, 6);
    }
}
