using System.Buffers.Binary;
using System.Text;
using BriefBuilder.Model;
using BriefBuilder.Pdf.Fonts;
using BriefBuilder.Tests.Support;

namespace BriefBuilder.Tests.Pdf;

/// <summary>
/// Which font file serves a family is one rule on every platform: the folders in their order,
/// inside a folder the files folder by folder (never by the separator's character code), and the
/// family found by its English name or by its name in its own language, as Word lists it.
/// </summary>
public class FontOrderTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("brief-font-order-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("fonts/liberation/LiberationSerif-Regular.ttf", "fonts/liberation2/LiberationSerif-Regular.ttf")]
    [InlineData(@"C:\Windows\Fonts\liberation\LiberationSerif-Regular.ttf", @"C:\Windows\Fonts\liberation2\LiberationSerif-Regular.ttf")]
    [InlineData("fonts/noto/a.ttc", "fonts/noto-cjk/a.ttc")]
    [InlineData(@"fonts\noto\a.ttc", "fonts/noto-cjk/a.ttc")]
    [InlineData("content/2024/009.md", "content/2024/020.md")]
    [InlineData("content/2024/020.md", "content/2024-drafts/001.md")]
    public void Paths_order_folder_by_folder_whatever_the_separator(string first, string second)
    {
        Assert.True(FilePaths.Order.Compare(first, second) < 0);
        Assert.True(FilePaths.Order.Compare(second, first) > 0);
        Assert.Equal(0, FilePaths.Order.Compare(first, first));
        // With \ the character code put liberation2\ (0x32) before liberation\ (0x5C): the old flip.
        Assert.Equal([first, second], new[] { second, first }.Order(FilePaths.Order));
    }

    [Fact]
    public void Two_copies_of_a_family_resolve_to_the_folder_that_sorts_first()
    {
        var font = Directory.GetFiles(Repo.FandolFolder(), "FandolKai-Regular.otf").Single();
        foreach (var sub in new[] { "liberation2", "liberation" })
        {
            Directory.CreateDirectory(Path.Combine(folder, sub));
            File.Copy(font, Path.Combine(folder, sub, "FandolKai-Regular.otf"));
        }
        Assert.Equal(Path.Combine(folder, "liberation", "FandolKai-Regular.otf"), new FontLibrary().Index([folder]).Find("FandolKai Regular")?.Path);
    }

    [Theory]
    [InlineData("仿宋_GB2312")]
    [InlineData("仿宋_GB2312 Regular")]
    [InlineData("FangSong_GB2312")]
    [InlineData("fangsong_gb2312 regular")]
    public void A_family_is_found_by_its_English_or_its_Chinese_name(string name)
    {
        var file = Path.Combine(folder, "FS_GB2312.ttf");
        File.WriteAllBytes(file, NamesOnlyFont(("FangSong_GB2312", "Regular", 0x0409), ("仿宋_GB2312", "常规", 0x0804)));
        var face = new FontLibrary().Index([folder]).Find(name);
        Assert.Equal(file, face?.Path);
        Assert.Equal(("FangSong_GB2312", "仿宋_GB2312"), (face!.Family, face.LocalFamily));
    }

    [Fact]
    public void A_Chinese_name_finds_only_the_regular_face_unless_a_style_is_named()
    {
        File.WriteAllBytes(Path.Combine(folder, "kai-bold.ttf"), NamesOnlyFont(("KaiTi", "Bold", 0x0409), ("楷体", "粗体", 0x0804)));
        var index = new FontLibrary().Index([folder]);
        Assert.Null(index.Find("楷体"));
        Assert.Equal("KaiTi", index.Find("楷体 Bold")?.Family);
    }

    [Fact]
    public void Windows_looks_in_the_machine_s_fonts_then_the_user_s()
    {
        var environment = new Dictionary<string, string?> { ["WINDIR"] = @"C:\windows", ["LOCALAPPDATA"] = @"C:\users\编辑\AppData\Local" };
        Assert.Equal([@"C:\windows\Fonts", @"C:\users\编辑\AppData\Local\Microsoft\Windows\Fonts"],
            FontFolders.System(FontPlatform.Windows, environment.GetValueOrDefault, @"C:\users\编辑"));
        // No Unix folder: under wine, \usr\share\fonts was the Linux host's.
        Assert.Equal([@"C:\Windows\Fonts"], FontFolders.System(FontPlatform.Windows, _ => null, ""));
    }

    [Fact]
    public void MacOS_and_Linux_look_in_their_own_folders_only()
    {
        Assert.Equal(["/System/Library/Fonts", "/Library/Fonts", "/System/Library/AssetsV2", "/Users/bian/Library/Fonts"],
            FontFolders.System(FontPlatform.MacOS, _ => null, "/Users/bian"));
        Assert.Equal(["/usr/share/fonts", "/usr/local/share/fonts", "/home/bian/.local/share/fonts", "/home/bian/.fonts"],
            FontFolders.System(FontPlatform.Linux, _ => null, "/home/bian"));
    }

    /// <summary>
    /// A font file that holds only a name table with content: enough for the index, which reads
    /// the table directory and the names, to list it. Each face name is family (ID 1) and style
    /// (ID 2) in a Windows language.
    /// </summary>
    static byte[] NamesOnlyFont(params (string Family, string Style, int Language)[] names)
    {
        var records = names.SelectMany(n => new[] { (n.Language, Id: 1, Text: n.Family), (n.Language, Id: 2, Text: n.Style) })
            .OrderBy(r => r.Language).ThenBy(r => r.Id).ToList();
        var strings = new MemoryStream();
        var table = new byte[6 + 12 * records.Count];
        BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(2), (ushort)records.Count);
        BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(4), (ushort)table.Length);
        for (int i = 0; i < records.Count; i++)
        {
            var text = Encoding.BigEndianUnicode.GetBytes(records[i].Text);
            var at = table.AsSpan(6 + 12 * i);
            ushort[] fields = [3, 1, (ushort)records[i].Language, (ushort)records[i].Id, (ushort)text.Length, (ushort)strings.Length];
            for (int f = 0; f < fields.Length; f++) BinaryPrimitives.WriteUInt16BigEndian(at[(2 * f)..], fields[f]);
            strings.Write(text);
        }
        var name = table.Concat(strings.ToArray()).ToArray();

        // The index reads the table directory and the name table only. The tables every face needs
        // (and outlines) are listed, empty, so that the index takes the face as sound, not damaged.
        string[] tags = ["cmap", "glyf", "head", "hhea", "hmtx", "maxp", "name"];
        int start = 12 + 16 * tags.Length;
        var font = new byte[start + name.Length];
        BinaryPrimitives.WriteUInt32BigEndian(font, 0x00010000);        // TrueType outlines
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(4), (ushort)tags.Length);
        for (int t = 0; t < tags.Length; t++)
        {
            var record = font.AsSpan(12 + 16 * t);
            Encoding.ASCII.GetBytes(tags[t]).CopyTo(record);
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)start);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], tags[t] == "name" ? (uint)name.Length : 0);
        }
        name.CopyTo(font, start);
        return font;
    }
}
