using BriefBuilder.Source;

namespace BriefBuilder.Tests.Source;

/// <summary>Counters as editors write them: 一 to 九十九, in headings (十二、) and points (十一是).</summary>
public class ChineseNumeralTests
{
    [Theory]
    [InlineData(1, "一")]
    [InlineData(9, "九")]
    [InlineData(10, "十")]
    [InlineData(11, "十一")]
    [InlineData(12, "十二")]
    [InlineData(20, "二十")]
    [InlineData(21, "二十一")]
    [InlineData(99, "九十九")]
    public void Writes_and_reads_the_numbers_editors_count_with(int value, string written)
    {
        Assert.Equal(written, ChineseNumeral.Write(value));
        Assert.Equal(value, ChineseNumeral.Parse(written));
    }

    [Fact]
    public void Every_number_from_1_to_99_reads_back_as_written()
    {
        for (var n = 1; n <= 99; n++)
            Assert.Equal(n, ChineseNumeral.Parse(ChineseNumeral.Write(n)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("零")]
    [InlineData("一十")]     // ten is 十, not 一十
    [InlineData("十零")]
    [InlineData("二十零")]
    [InlineData("一一")]
    [InlineData("十十")]
    [InlineData("二十一一")]
    [InlineData("一十一")]
    [InlineData("十一二")]
    [InlineData("百")]
    [InlineData("三百")]
    [InlineData("甲")]
    public void Anything_else_is_no_numeral(string text) =>
        Assert.Null(ChineseNumeral.Parse(text));

    [Fact]
    public void Digits_are_零_to_九_and_十()
    {
        Assert.All("零一二三四五六七八九十", c => Assert.True(ChineseNumeral.IsDigit(c)));
        Assert.All("百千两〇1甲", c => Assert.False(ChineseNumeral.IsDigit(c)));
    }
}
