using BriefBuilder.Source;

namespace BriefBuilder.Tests.Source;

/// <summary>The number before a heading fixes its level: 一、 1, （一） 2, 1. 3, （1） 4.</summary>
public class HeadingNumberTests
{
    [Theory]
    [InlineData("一、建设平台", 1, 1, 2)]
    [InlineData("十二、几点启示", 1, 12, 3)]
    [InlineData("（一）二级标题", 2, 1, 3)]
    [InlineData("(二十一)半角括号", 2, 21, 5)]
    [InlineData("（三)混用", 2, 3, 3)]
    [InlineData("1.三级标题", 3, 1, 2)]
    [InlineData("12．全角点", 3, 12, 3)]
    [InlineData("（1）四级标题", 4, 1, 3)]
    [InlineData("(10)半角", 4, 10, 4)]
    public void Reads_level_value_and_length(string text, int level, int value, int length) =>
        Assert.Equal(new HeadingNumber(level, value, length), HeadingNumber.Of(text));

    [Theory]
    [InlineData("总述")]
    [InlineData("1.5亿元的投入")]   // a decimal, not a number
    [InlineData("0.起点")]
    [InlineData("（0）起点")]
    [InlineData("一十、不是数")]
    [InlineData("123.三位")]
    [InlineData("二是加快")]
    [InlineData(" 一、前有空格")]
    public void Other_text_has_no_number(string text) =>
        Assert.Null(HeadingNumber.Of(text));

    [Theory]
    [InlineData(1, 3, "三、")]
    [InlineData(1, 11, "十一、")]
    [InlineData(2, 3, "（三）")]
    [InlineData(3, 3, "3.")]
    [InlineData(4, 3, "（3）")]
    public void Writes_a_number_as_its_level_does(int level, int value, string written) =>
        Assert.Equal(written, HeadingNumber.Write(level, value));
}
