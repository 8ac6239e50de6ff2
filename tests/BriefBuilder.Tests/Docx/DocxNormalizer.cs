using System.IO.Compression;
using System.Xml.Linq;

namespace BriefBuilder.Tests.Docx;

/// <summary>One part of a .docx as indented XML, for snapshot tests and readable failure messages.</summary>
public static class DocxNormalizer
{
    /// <param name="part">Zip entry name, e.g. <c>word/document.xml</c> or <c>word/styles.xml</c>.</param>
    public static string Normalize(Stream docx, string part)
    {
        using var zip = new ZipArchive(docx, ZipArchiveMode.Read, leaveOpen: true);
        var entry = zip.GetEntry(part) ?? throw new FileNotFoundException($"{part} is not in the package");
        using var stream = entry.Open();
        return XDocument.Load(stream).ToString().ReplaceLineEndings("\n") + "\n";
    }
}
