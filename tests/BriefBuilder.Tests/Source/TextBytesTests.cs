using System.Text;
using BriefBuilder.Source;

namespace BriefBuilder.Tests.Source;

/// <summary>Text written back as the file had it: each line its own end, the byte-order mark if there was one.</summary>
public class TextBytesTests
{
    static byte[] B(string text) => Encoding.UTF8.GetBytes(text);

    [Theory]
    [InlineData("甲\n乙\n", "一\n二\n", "一\n二\n")]
    [InlineData("甲\r\n乙\r\n", "一\n二\n", "一\r\n二\r\n")]
    [InlineData("甲\r乙\r", "一\n二\n", "一\r二\r")]
    [InlineData("甲\r\n乙\n丙\r", "一\n二\n三\n", "一\r\n二\n三\r")]
    [InlineData("甲\r\n乙\r\n丙\n", "一\n二\n三\n四\n五", "一\r\n二\r\n三\n四\r\n五")]   // new lines take the usual end
    [InlineData("甲", "一\n二", "一\n二")]                                             // no end to copy: \n
    [InlineData("甲\r\n乙\r\n", "一", "一")]
    public void Each_line_keeps_its_end(string old, string text, string written) =>
        Assert.Equal(B(written), TextBytes.Like(B(old), text));

    [Fact]
    public void A_byte_order_mark_stays_and_none_is_added()
    {
        Assert.Equal([0xEF, 0xBB, 0xBF, .. B("一")], TextBytes.Like([0xEF, 0xBB, 0xBF, .. B("甲")], "一"));
        Assert.Equal(B("一"), TextBytes.Like(B("甲"), "一"));
        Assert.Equal(B("一"), TextBytes.Like([0xEF, 0xBB], "一"));
    }
}
