using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace BriefBuilder.Pdf.Writing;

/// <summary>
/// The numbered objects of one PDF file, serialised with a cross-reference table. Numbers are
/// handed out in the order the writer asks for them, which depends only on the pages, so equal
/// documents give equal files.
/// </summary>
sealed class PdfObjects
{
    readonly List<byte[]?> bodies = [];

    /// <summary>Takes the next object number; its content is set later with <see cref="Set"/>.</summary>
    public int Reserve()
    {
        bodies.Add(null);
        return bodies.Count;
    }

    /// <summary>Sets an object that is a dictionary, array or other direct value.</summary>
    public void Set(int number, string value) => bodies[number - 1] = Latin1($"{value}\n");

    /// <summary>Sets a stream object: Flate-compressed, <paramref name="dictionary"/> given without brackets.</summary>
    public void SetStream(int number, string dictionary, byte[] data) => SetPackedStream(number, dictionary, Deflate(data));

    /// <summary>Sets a stream object whose data is already <see cref="Deflate"/>d.</summary>
    void SetPackedStream(int number, string dictionary, byte[] packed)
    {
        using var body = new MemoryStream();
        body.Write(Latin1($"<< {dictionary} /Filter /FlateDecode /Length {packed.Length} >>\nstream\n"));
        body.Write(packed);
        body.Write("\nendstream\n"u8);
        bodies[number - 1] = body.ToArray();
    }

    public int Add(string value)
    {
        int n = Reserve();
        Set(n, value);
        return n;
    }

    public int AddStream(string dictionary, byte[] data) => AddPackedStream(dictionary, Deflate(data));

    public int AddPackedStream(string dictionary, byte[] packed)
    {
        int n = Reserve();
        SetPackedStream(n, dictionary, packed);
        return n;
    }

    /// <summary>
    /// Writes the file. The /ID is a hash of all objects: the same document always has the same
    /// ID, a changed one a new ID, and no clock or random source is involved.
    /// </summary>
    public void WriteTo(Stream output, int catalog, int info)
    {
        using var file = new MemoryStream();
        // The second line's high bytes tell transfer tools the file is binary.
        file.Write(Latin1("%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n"));
        var offsets = new long[bodies.Count];
        for (int i = 0; i < bodies.Count; i++)
        {
            var body = bodies[i] ?? throw new InvalidOperationException($"PDF object {i + 1} was reserved but never written");
            offsets[i] = file.Position;
            file.Write(Latin1($"{i + 1} 0 obj\n"));
            file.Write(body);
            file.Write("endobj\n"u8);
        }

        string id = Convert.ToHexString(SHA256.HashData(file.GetBuffer().AsSpan(0, (int)file.Length))[..16]);
        long xref = file.Position;
        var table = new StringBuilder();
        table.Append($"xref\n0 {bodies.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) table.Append($"{offset:D10} 00000 n \n");
        table.Append($"trailer\n<< /Size {bodies.Count + 1} /Root {catalog} 0 R /Info {info} 0 R /ID [<{id}> <{id}>] >>\n");
        table.Append($"startxref\n{xref}\n%%EOF\n");
        file.Write(Latin1(table.ToString()));
        file.Position = 0;
        file.CopyTo(output);
    }

    /// <summary>
    /// zlib at the optimal level. Same input, same runtime → same bytes (checked by a test), which
    /// keeps the whole file reproducible.
    /// </summary>
    public static byte[] Deflate(byte[] data)
    {
        using var packed = new MemoryStream();
        using (var z = new ZLibStream(packed, CompressionLevel.Optimal, leaveOpen: true)) z.Write(data);
        return packed.ToArray();
    }

    static byte[] Latin1(string s) => Encoding.Latin1.GetBytes(s);
}
