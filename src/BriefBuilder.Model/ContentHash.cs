using System.IO.Hashing;
using System.Text;

namespace BriefBuilder.Model;

/// <summary>
/// The hash of everything a build tells apart by content: the fingerprints of its inputs, cache
/// keys, and the PDF's identifiers and subset tags. None of them has to stand up to an attacker,
/// only to tell two contents apart, so it is XXH128 rather than SHA-256: .NET takes SHA-256 from
/// OpenSSL, and loading OpenSSL before the first hash cost 4 ms of a 45 ms one-brief build.
/// (The checksums brief publish gives away, SHA256SUMS, stay SHA-256, what sha256sum checks.)
/// </summary>
public static class ContentHash
{
    /// <summary>16 bytes.</summary>
    public static byte[] Of(ReadOnlySpan<byte> data) => XxHash128.Hash(data);

    public static byte[] Of(string text) => Of(Encoding.UTF8.GetBytes(text));

    /// <summary>32 lower-case hexadecimal digits.</summary>
    public static string Hex(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(Of(data));

    public static string Hex(string text) => Hex(Encoding.UTF8.GetBytes(text));

    /// <summary>The hash of pieces appended one after another, as of their concatenation.</summary>
    public sealed class Running
    {
        readonly XxHash128 hash = new();

        public void Append(ReadOnlySpan<byte> data) => hash.Append(data);

        public byte[] Value() => hash.GetCurrentHash();
    }
}
