using System.Text;
using BriefBuilder.Model;
using BriefBuilder.Source;

namespace BriefBuilder.Tests.Source;

/// <summary>An editor's file is read as UTF-8 text or refused with its line, never turned into mojibake.</summary>
public sealed class SourceTextTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("source-text-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    string Write(byte[] bytes)
    {
        var path = Path.Join(_dir, "001.md");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    string Write(string text) => Write(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void A_byte_order_mark_is_dropped_and_line_ends_become_newlines() =>
        Assert.Equal("甲\n乙\n丙\n", SourceText.Read(Write("\uFEFF甲\r\n乙\r丙\n")));

    [Fact]
    public void Only_a_leading_byte_order_mark_is_dropped() =>
        Assert.Equal("甲\uFEFF乙", SourceText.Read(Write("甲\uFEFF乙")));

    [Fact]
    public void Tabs_stay() =>
        Assert.Equal("甲\t乙", SourceText.Read(Write("甲\t乙")));

    [Theory]
    [InlineData("甲\n乙\u0007丙\n", 2, "U+0007")]
    [InlineData("\u0000", 1, "U+0000")]
    [InlineData("甲\n\n丙\u001F", 3, "U+001F")]
    [InlineData("甲\u007F", 1, "U+007F")]
    [InlineData("甲\n乙\u0085丙", 2, "U+0085")]   // NEL: not turned into a line end first
    [InlineData("甲\n乙\f丙", 2, "U+000C")]       // form feed likewise
    [InlineData("甲\u009F", 1, "U+009F")]
    public void A_control_character_is_refused_at_its_line(string text, int line, string code)
    {
        var path = Write(text);
        var error = Assert.Throws<SourceError>(() => SourceText.Read(path));
        Assert.Equal((path, line), (error.File, error.Line));
        Assert.Equal($"the control character {code} cannot be printed (it is invisible in most editors); delete it", error.Message);
    }

    [Fact]
    public void Characters_beside_the_controls_are_text() =>
        Assert.Equal(" ~\u00A0", SourceText.Read(Write(" ~\u00A0")));

    [Theory]
    [InlineData(new byte[] { 0xC9, 0xEE }, 1)]
    [InlineData(new byte[] { 0x61, 0x0A, 0x62, 0x0A, 0xC9, 0xEE }, 3)]
    public void Gbk_text_is_refused_at_its_line(byte[] bytes, int line)
    {
        var path = Write(bytes);
        var error = Assert.Throws<SourceError>(() => SourceText.Read(path));
        Assert.Equal((path, line), (error.File, error.Line));
        Assert.Equal("the file is not UTF-8 text (was it saved as GBK?); save it as UTF-8", error.Message);
    }

    [Fact]
    public void A_folder_is_not_a_file()
    {
        var error = Assert.Throws<SourceError>(() => SourceText.Read(_dir));
        Assert.Equal((_dir, 0, "cannot read: this is a folder, not a file"), (error.File, error.Line, error.Message));
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var path = Path.Join(_dir, "absent.md");
        var error = Assert.Throws<SourceError>(() => SourceText.ReadBytes(path));
        Assert.Equal((path, 0), (error.File, error.Line));
        Assert.StartsWith("cannot read the file: ", error.Message);
        Assert.Contains("absent.md", error.Message);
    }

    [Theory]
    [InlineData("甲\r乙\u0007", 2)]
    [InlineData("甲\r\n乙\r\n丙\u0007", 3)]
    [InlineData("甲\r\r\u0007", 3)]
    [InlineData("甲\n\r\n\u0007", 3)]
    public void Lines_are_counted_as_the_editor_sees_them(string text, int line)
    {
        var path = Write(text);
        Assert.Equal(line, Assert.Throws<SourceError>(() => SourceText.Read(path)).Line);
    }

    [Theory]
    [InlineData("甲\uFFFE", "the character U+FFFE (noncharacter) cannot be printed (it is invisible in most editors); delete it")]
    [InlineData("甲\uFDD0", "the character U+FDD0 cannot be printed (it is invisible in most editors); delete it")]
    [InlineData("甲\U0001FFFF", "the character U+1FFFF cannot be printed (it is invisible in most editors); delete it")]
    public void A_noncharacter_is_refused(string text, string message)
    {
        var path = Write(text);
        Assert.Equal(message, Assert.Throws<SourceError>(() => SourceText.Read(path)).Message);
    }

    [Theory]
    [InlineData("甲\U0001F600乙\u2028丙\u00A0\uFDCF\uFDF0\uFFFD")]
    [InlineData("\U00020000\U0002FFFD")]
    public void Other_characters_and_pairs_are_text(string text) =>
        Assert.Equal(text, SourceText.Read(Write(text)));

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x61, 0x00 })]
    [InlineData(new byte[] { 0xFE, 0xFF, 0x00, 0x61 })]
    [InlineData(new byte[] { 0x2D, 0x00, 0x2D, 0x00, 0x2D, 0x00, 0x0A, 0x00, 0xFF, 0xDF })]
    public void Utf16_text_is_named_as_such(byte[] bytes)
    {
        var path = Write(bytes);
        Assert.Equal("the file is UTF-16 text; save it as UTF-8", Assert.Throws<SourceError>(() => SourceText.Read(path)).Message);
    }

    [Theory]
    [InlineData(new byte[] { 0x00, 0xC9 })]
    [InlineData(new byte[] { 0x61, 0x00, 0x62, 0x63, 0x64, 0x65, 0x66, 0xC9 })]
    public void Bytes_that_are_not_utf16_either_are_taken_for_gbk(byte[] bytes)
    {
        var path = Write(bytes);
        Assert.Equal("the file is not UTF-8 text (was it saved as GBK?); save it as UTF-8", Assert.Throws<SourceError>(() => SourceText.Read(path)).Message);
    }
}
