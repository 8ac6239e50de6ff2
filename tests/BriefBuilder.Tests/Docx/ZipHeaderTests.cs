using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;
using BriefBuilder.Docx;
using BriefBuilder.Tests.Support;

namespace BriefBuilder.Tests.Docx;

/// <summary>
/// The DOCX's zip headers are the same whatever system wrote them: "made by" MS-DOS, version 2.0,
/// no file attributes, the 1980-01-01 time, no data descriptors, entries in a fixed order. .NET's
/// ZipArchive wrote the running system and its attributes there, so Windows and Linux differed.
/// Read here field by field from the bytes (APPNOTE 4.3), as any unzip reads them.
/// </summary>
public class ZipHeaderTests
{
    static readonly byte[] Docx = Write();

    static byte[] Write()
    {
        using var output = new MemoryStream();
        DocxWriter.Write(SampleBrief.Brief2024020(), HouseStyles.Zhuanbao, output);
        return output.ToArray();
    }

    record Entry(string Name, int MadeBy, int Needed, int Flags, int Method, int Time, int Date, uint Crc, uint Packed, uint Length,
        int Extra, int Comment, int Internal, uint External, uint Offset);

    static ushort U16(int at) => BinaryPrimitives.ReadUInt16LittleEndian(Docx.AsSpan(at));
    static uint U32(int at) => BinaryPrimitives.ReadUInt32LittleEndian(Docx.AsSpan(at));

    /// <summary>The central directory, found from the end record, which the file must end with (no comment).</summary>
    static List<Entry> Central(out int directoryStart)
    {
        int end = Docx.Length - 22;
        Assert.Equal(0x06054b50u, U32(end));
        int count = U16(end + 10);
        directoryStart = (int)U32(end + 16);
        Assert.Equal(end - directoryStart, (int)U32(end + 12));
        var entries = new List<Entry>();
        for (int at = directoryStart, i = 0; i < count; i++)
        {
            Assert.Equal(0x02014b50u, U32(at));
            int nameLength = U16(at + 28), extra = U16(at + 30), comment = U16(at + 32);
            entries.Add(new Entry(Encoding.UTF8.GetString(Docx, at + 46, nameLength), U16(at + 4), U16(at + 6), U16(at + 8), U16(at + 10),
                U16(at + 12), U16(at + 14), U32(at + 16), U32(at + 20), U32(at + 24), extra, comment, U16(at + 36), U32(at + 38), U32(at + 42)));
            at += 46 + nameLength + extra + comment;
        }
        return entries;
    }

    [Fact]
    public void Every_entry_is_made_by_MS_DOS_zip_2_with_no_attributes_at_the_first_zip_time()
    {
        var entries = Central(out _);
        Assert.NotEmpty(entries);
        Assert.All(entries, e =>
        {
            Assert.Equal(20, e.MadeBy);   // high byte 0: MS-DOS, whatever system ran the build
            Assert.Equal(20, e.Needed);
            Assert.Equal(0, e.Flags);     // no data descriptor, ASCII names
            Assert.Equal(8, e.Method);    // deflate
            Assert.Equal(0, e.Time);
            Assert.Equal((1 << 5) | 1, e.Date); // 1980-01-01
            Assert.Equal(0, e.Internal);
            Assert.Equal(0u, e.External);
            Assert.Equal(0, e.Extra);
            Assert.Equal(0, e.Comment);
        });
    }

    [Fact]
    public void Local_headers_repeat_the_directory_and_the_entries_fill_the_file_in_order()
    {
        var entries = Central(out int directoryStart);
        Assert.Equal("[Content_Types].xml", entries[0].Name);
        Assert.Equal(entries.Skip(1).Select(e => e.Name).Order(StringComparer.Ordinal), entries.Skip(1).Select(e => e.Name));

        long next = 0;
        foreach (var e in entries)
        {
            int at = (int)e.Offset;
            Assert.Equal(next, at);
            Assert.Equal(0x04034b50u, U32(at));
            Assert.Equal([e.Needed, e.Flags, e.Method, e.Time, e.Date], [U16(at + 4), U16(at + 6), U16(at + 8), U16(at + 10), U16(at + 12)]);
            Assert.Equal([e.Crc, e.Packed, e.Length], [U32(at + 14), U32(at + 18), U32(at + 22)]);
            int nameLength = U16(at + 26), extra = U16(at + 28);
            Assert.Equal(e.Name, Encoding.UTF8.GetString(Docx, at + 30, nameLength));
            Assert.Equal(0, extra);

            int data = at + 30 + nameLength;
            using var inflate = new DeflateStream(new MemoryStream(Docx, data, (int)e.Packed), CompressionMode.Decompress);
            using var content = new MemoryStream();
            inflate.CopyTo(content);
            Assert.Equal(e.Length, (uint)content.Length);
            Assert.Equal(e.Crc, Crc32.HashToUInt32(content.ToArray()));
            next = data + e.Packed;
        }
        Assert.Equal(directoryStart, next);
    }

    [Fact]
    public void The_same_document_gives_the_same_bytes()
    {
        Assert.Equal(Docx, Write());
    }
}
