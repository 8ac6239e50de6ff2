using System.Buffers.Binary;

namespace BriefBuilder.Pdf.Fonts;

/// <summary>
/// Rewrites the charset of a CID-keyed CFF table so that each glyph's CID equals its glyph id.
/// Why: a PDF viewer that follows the specification (Acrobat) maps a CIDFontType0 code to a glyph
/// through the charset, while poppler uses the code as the glyph id. Fandol's charset is not the
/// identity (its glyph 1 is CID 9907 of Adobe-GB1), and the subsetter keeps the original CIDs;
/// only when CID = glyph id do both kinds of viewer draw the same glyph.
/// </summary>
static class CffCharset
{
    const uint CffTag = 0x43464620; // 'CFF '

    /// <summary>Patches <paramref name="openType"/> in place; a name-keyed CFF (CID = glyph id already) is left alone.</summary>
    public static void MakeIdentity(byte[] openType)
    {
        var (tableOffset, tableLength, recordOffset) = FindCffTable(openType);
        var cff = openType.AsSpan(tableOffset, tableLength);

        int at = cff[2];                         // header size
        at = SkipIndex(cff, at);                 // Name INDEX
        var topDict = FirstIndexEntry(cff, at);  // Top DICT INDEX
        var operators = ParseDict(cff.Slice(topDict.Start, topDict.Length));
        if (!operators.ContainsKey(RosOperator)) return;

        int glyphCount = BinaryPrimitives.ReadUInt16BigEndian(cff[operators[CharStringsOperator]..]);
        int charset = operators[CharsetOperator];
        WriteIdentity(cff[charset..], cff[charset], glyphCount);

        // Keep the table directory's checksum true to the new bytes.
        BinaryPrimitives.WriteUInt32BigEndian(openType.AsSpan(recordOffset + 4), Checksum(cff));
    }

    /// <summary>The bare CFF table of a CID-keyed font, or null for a name-keyed one.</summary>
    public static byte[]? CidKeyedTable(byte[] openType)
    {
        var (tableOffset, tableLength, _) = FindCffTable(openType);
        var cff = openType.AsSpan(tableOffset, tableLength);
        int at = SkipIndex(cff, cff[2]);
        var topDict = FirstIndexEntry(cff, at);
        return ParseDict(cff.Slice(topDict.Start, topDict.Length)).ContainsKey(RosOperator) ? cff.ToArray() : null;
    }

    const int RosOperator = 1230, CharsetOperator = 15, CharStringsOperator = 17;

    /// <summary>
    /// Glyph g ↦ CID g, in the charset's own format. It always fits in the old charset's bytes:
    /// format 0 has the same size, and a run of ids needs no more ranges than any other mapping.
    /// </summary>
    static void WriteIdentity(Span<byte> charset, int format, int glyphCount)
    {
        int glyphs = glyphCount - 1; // .notdef is not listed
        int at = 1;
        switch (format)
        {
            case 0:
                for (int g = 1; g <= glyphs; g++, at += 2) BinaryPrimitives.WriteUInt16BigEndian(charset[at..], (ushort)g);
                break;
            case 1 or 2:
                int maxLeft = format == 1 ? 255 : 65535;
                for (int first = 1; first <= glyphs; first += maxLeft + 1)
                {
                    int left = Math.Min(maxLeft, glyphs - first);
                    BinaryPrimitives.WriteUInt16BigEndian(charset[at..], (ushort)first);
                    if (format == 1) charset[at + 2] = (byte)left;
                    else BinaryPrimitives.WriteUInt16BigEndian(charset[(at + 2)..], (ushort)left);
                    at += format == 1 ? 3 : 4;
                }
                break;
            default:
                throw new InvalidDataException($"unknown CFF charset format {format}");
        }
    }

    static (int Offset, int Length, int Record) FindCffTable(byte[] font)
    {
        int tables = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (int t = 0; t < tables; t++)
        {
            int record = 12 + 16 * t;
            if (BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record)) == CffTag)
                return ((int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 8)),
                        (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 12)), record);
        }
        throw new InvalidDataException("the subset has no CFF table");
    }

    static int SkipIndex(ReadOnlySpan<byte> cff, int at)
    {
        int count = BinaryPrimitives.ReadUInt16BigEndian(cff[at..]);
        if (count == 0) return at + 2;
        int offSize = cff[at + 2];
        int offsets = at + 3;
        int dataStart = offsets + (count + 1) * offSize - 1; // offsets count from 1
        return dataStart + ReadOffset(cff, offsets + count * offSize, offSize);
    }

    static (int Start, int Length) FirstIndexEntry(ReadOnlySpan<byte> cff, int at)
    {
        int count = BinaryPrimitives.ReadUInt16BigEndian(cff[at..]);
        int offSize = cff[at + 2];
        int dataStart = at + 3 + (count + 1) * offSize - 1;
        int start = ReadOffset(cff, at + 3, offSize), end = ReadOffset(cff, at + 3 + offSize, offSize);
        return (dataStart + start, end - start);
    }

    static int ReadOffset(ReadOnlySpan<byte> cff, int at, int size)
    {
        int value = 0;
        for (int i = 0; i < size; i++) value = value << 8 | cff[at + i];
        return value;
    }

    /// <summary>Operator → its last integer operand; two-byte operators 12 x become 1200 + x.</summary>
    static Dictionary<int, int> ParseDict(ReadOnlySpan<byte> dict)
    {
        var result = new Dictionary<int, int>();
        int last = 0;
        for (int i = 0; i < dict.Length;)
        {
            int b = dict[i];
            if (b <= 21)
            {
                int op = b == 12 ? 1200 + dict[i + 1] : b;
                i += b == 12 ? 2 : 1;
                result[op] = last;
            }
            else if (b == 28) { last = BinaryPrimitives.ReadInt16BigEndian(dict[(i + 1)..]); i += 3; }
            else if (b == 29) { last = BinaryPrimitives.ReadInt32BigEndian(dict[(i + 1)..]); i += 5; }
            else if (b == 30) { i++; while ((dict[i] & 0x0F) != 0x0F && (dict[i] >> 4) != 0x0F) i++; i++; last = 0; } // real: not needed here
            else if (b <= 246) { last = b - 139; i++; }
            else if (b <= 250) { last = (b - 247) * 256 + dict[i + 1] + 108; i += 2; }
            else if (b <= 254) { last = -(b - 251) * 256 - dict[i + 1] - 108; i += 2; }
            else i++; // 255 is reserved in DICTs
        }
        return result;
    }

    static uint Checksum(ReadOnlySpan<byte> table)
    {
        uint sum = 0;
        for (int i = 0; i < table.Length; i += 4)
        {
            uint word = 0;
            for (int j = 0; j < 4; j++) word = word << 8 | (i + j < table.Length ? table[i + j] : 0u);
            sum += word;
        }
        return sum;
    }
}
