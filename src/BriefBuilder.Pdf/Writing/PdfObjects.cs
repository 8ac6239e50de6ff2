using System.IO.Compression;
using System.Text;
using BriefBuilder.Model;

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
    public void SetStream(int number, string dictionary, byte[] data) =>
        SetRawStream(number, $"{dictionary} /Filter /FlateDecode", Deflate(data));

    /// <summary>Sets a stream object whose bytes go in as they are (XMP, which tools read without decoding).</summary>
    public void SetRawStream(int number, string dictionary, byte[] data)
    {
        using var body = new MemoryStream();
        body.Write(Latin1($"<< {dictionary} /Length {data.Length} >>\nstream\n"));
        body.Write(data);
        body.Write("\nendstream\n"u8);
        bodies[number - 1] = body.ToArray();
    }

    /// <summary>A hash of the objects set so far, in order: what the document is, for its identifiers.</summary>
    public byte[] Digest()
    {
        var hash = new ContentHash.Running();
        foreach (var body in bodies) if (body is not null) hash.Append(body);
        return hash.Value();
    }

    public int Add(string value)
    {
        int n = Reserve();
        Set(n, value);
        return n;
    }

    public int AddStream(string dictionary, byte[] data)
    {
        int n = Reserve();
        SetStream(n, dictionary, data);
        return n;
    }

    /// <summary>A stream whose bytes go in as they are; <paramref name="dictionary"/> names their filter, if any.</summary>
    public int AddRawStream(string dictionary, byte[] data)
    {
        int n = Reserve();
        SetRawStream(n, dictionary, data);
        return n;
    }

    /// <summary>
    /// Writes the file. The /ID pairs <paramref name="permanentId"/> (the same for every version of
    /// the document) with a hash of all objects (this version), so no clock or random source is involved.
    /// </summary>
    public void WriteTo(Stream output, int catalog, int info, byte[] permanentId)
    {
        // Streamed straight into the output, hashed on the way: the trailer's hash is of the bytes
        // before it. (Building the whole file in a buffer of its own first cost a tenth of a
        // one-brief build: a growing half-megabyte buffer, then a copy of it.)
        var hash = new ContentHash.Running();
        long position = 0;
        void Put(ReadOnlySpan<byte> bytes)
        {
            output.Write(bytes);
            hash.Append(bytes);
            position += bytes.Length;
        }

        // PDF 1.6, the version PDF/X-4 is built on (PDF/A-2 takes 1.0–1.7). The second line's
        // high bytes tell transfer tools the file is binary.
        Put(Latin1("%PDF-1.6\n%\u00E2\u00E3\u00CF\u00D3\n"));
        var offsets = new long[bodies.Count];
        for (int i = 0; i < bodies.Count; i++)
        {
            var body = bodies[i] ?? throw new InvalidOperationException($"PDF object {i + 1} was reserved but never written");
            offsets[i] = position;
            Put(Latin1($"{i + 1} 0 obj\n"));
            Put(body);
            Put("endobj\n"u8);
        }

        string id = Convert.ToHexString(hash.Value());
        var table = new StringBuilder();
        table.Append($"xref\n0 {bodies.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) table.Append($"{offset:D10} 00000 n \n");
        table.Append($"trailer\n<< /Size {bodies.Count + 1} /Root {catalog} 0 R /Info {info} 0 R /ID [<{Convert.ToHexString(permanentId)}> <{id}>] >>\n");
        table.Append($"startxref\n{position}\n%%EOF\n");
        output.Write(Latin1(table.ToString()));
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
