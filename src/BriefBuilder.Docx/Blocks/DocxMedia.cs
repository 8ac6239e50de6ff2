using BriefBuilder.Model;
using DocumentFormat.OpenXml.Packaging;

namespace BriefBuilder.Docx;

/// <summary>
/// The pictures of a document as parts of its package: each picture once, however often it is
/// shown, under a relationship id numbered in order of first use (the SDK would invent random
/// ids), and a drawing id per picture shown, unique in the document as Word requires.
/// </summary>
internal sealed class DocxMedia(MainDocumentPart main)
{
    readonly Dictionary<string, string> ids = [];
    uint drawings;

    /// <summary>The relationship id of the picture's part, added on first use.</summary>
    public string RelationshipId(ImageFile image)
    {
        if (ids.TryGetValue(image.Digest, out var id)) return id;
        id = $"rIdImage{ids.Count + 1}";
        var part = main.AddImagePart(image.Format == ImageFormat.Png ? ImagePartType.Png : ImagePartType.Jpeg, id);
        using (var stream = new MemoryStream(image.Bytes)) part.FeedData(stream);
        ids[image.Digest] = id;
        return id;
    }

    /// <summary>The next drawing's id (wp:docPr/@id), from 1.</summary>
    public uint NextDrawingId() => ++drawings;
}
