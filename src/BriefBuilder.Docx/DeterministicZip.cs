using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;

namespace BriefBuilder.Docx;

/// <summary>
/// Rewrites a zip package with fixed entry order, timestamps and headers, the same bytes on every
/// platform. System.IO.Packaging stamps entries with the current time, and .NET's ZipArchive
/// writes the system it runs on into each entry ("made by" Unix or Windows) with that system's
/// file attributes, so a DOCX built on Windows differed from Linux's in 33 bytes. The headers are
/// written here instead, as a zip from MS-DOS with no attributes, which is what Word writes; the
/// entries' data is deflated by the same zlib on every platform.
/// </summary>
internal static class DeterministicZip
{
    /// <summary>
    /// 1980-01-01 00:00, the first moment a zip (DOS) timestamp can hold: date (year − 1980) &lt;&lt; 9
    /// | month &lt;&lt; 5 | day, time 0. Not the brief's date: zip cannot store a year outside
    /// 1980–2107, and a brief may be dated anywhere (the date lives in the core properties, which
    /// take any year). Nothing reads these times; Word shows the core properties.
    /// </summary>
    const ushort DosDate = (1 << 5) | 1, DosTime = 0;

    /// <summary>Zip 2.0 (deflate), made by MS-DOS: the high byte of "version made by" is the system, 0.</summary>
    const ushort Version = 20;

    const ushort Deflated = 8;
    const ushort Utf8Names = 1 << 11;

    public static void Repack(MemoryStream source, Stream output)
    {
        source.Position = 0;
        using var input = new ZipArchive(source, ZipArchiveMode.Read, leaveOpen: true);
        // [Content_Types].xml first, as Office writes it; the rest by name.
        var entries = input.Entries
            .OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : 1)
            .ThenBy(e => e.FullName, StringComparer.Ordinal)
            .Select(e => (e.FullName, Data: Read(e)));
        Write(output, entries);
    }

    static byte[] Read(ZipArchiveEntry entry)
    {
        using var from = entry.Open();
        using var data = new MemoryStream();
        from.CopyTo(data);
        return data.ToArray();
    }

    /// <summary>Each entry deflated, with a local header before it, then the central directory (APPNOTE 4.3).</summary>
    static void Write(Stream output, IEnumerable<(string Name, byte[] Data)> entries)
    {
        var central = new MemoryStream();
        long offset = 0;
        int count = 0;
        foreach (var (name, data) in entries)
        {
            var nameBytes = Encoding.UTF8.GetBytes(name);
            var packed = Deflate(data);
            var header = new Header(Ascii(name) ? (ushort)0 : Utf8Names, Crc32.HashToUInt32(data),
                checked((uint)packed.Length), checked((uint)data.Length), checked((ushort)nameBytes.Length), checked((uint)offset));

            var local = new byte[30];
            BinaryPrimitives.WriteUInt32LittleEndian(local, 0x04034b50);
            BinaryPrimitives.WriteUInt16LittleEndian(local.AsSpan(4), Version);
            header.WriteTo(local.AsSpan(6));
            output.Write(local);
            output.Write(nameBytes);
            output.Write(packed);

            var entry = new byte[46];
            BinaryPrimitives.WriteUInt32LittleEndian(entry, 0x02014b50);
            BinaryPrimitives.WriteUInt16LittleEndian(entry.AsSpan(4), Version); // made by
            BinaryPrimitives.WriteUInt16LittleEndian(entry.AsSpan(6), Version); // needed to extract
            header.WriteTo(entry.AsSpan(8));
            // Comment length, disk, internal and external attributes: all 0. Then the local header's offset.
            BinaryPrimitives.WriteUInt32LittleEndian(entry.AsSpan(42), header.Offset);
            central.Write(entry);
            central.Write(nameBytes);

            offset += local.Length + nameBytes.Length + packed.Length;
            count++;
        }

        var end = new byte[22];
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(end.AsSpan(8), checked((ushort)count));
        BinaryPrimitives.WriteUInt16LittleEndian(end.AsSpan(10), checked((ushort)count));
        BinaryPrimitives.WriteUInt32LittleEndian(end.AsSpan(12), checked((uint)central.Length));
        BinaryPrimitives.WriteUInt32LittleEndian(end.AsSpan(16), checked((uint)offset));
        central.WriteTo(output);
        output.Write(end);
    }

    /// <summary>The fields a local header and its central directory entry share, from "flags" to "extra length".</summary>
    readonly record struct Header(ushort Flags, uint Crc, uint PackedLength, uint Length, ushort NameLength, uint Offset)
    {
        public void WriteTo(Span<byte> at)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(at, Flags);
            BinaryPrimitives.WriteUInt16LittleEndian(at[2..], Deflated);
            BinaryPrimitives.WriteUInt16LittleEndian(at[4..], DosTime);
            BinaryPrimitives.WriteUInt16LittleEndian(at[6..], DosDate);
            BinaryPrimitives.WriteUInt32LittleEndian(at[8..], Crc);
            BinaryPrimitives.WriteUInt32LittleEndian(at[12..], PackedLength);
            BinaryPrimitives.WriteUInt32LittleEndian(at[16..], Length);
            BinaryPrimitives.WriteUInt16LittleEndian(at[20..], NameLength);
            // Extra field length at [22..]: 0.
        }
    }

    static byte[] Deflate(byte[] data)
    {
        using var packed = new MemoryStream();
        using (var deflate = new DeflateStream(packed, CompressionLevel.Optimal, leaveOpen: true)) deflate.Write(data);
        return packed.ToArray();
    }

    static bool Ascii(string name) => name.All(char.IsAscii);
}
