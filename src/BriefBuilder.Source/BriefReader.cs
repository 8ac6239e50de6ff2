using BriefBuilder.Model;

namespace BriefBuilder.Source;

/// <summary>Reads a brief file: front matter and body into a <see cref="Brief"/>.</summary>
public static class BriefReader
{
    public static Brief Read(string path) => Parse(SourceText.Read(path), path);

    /// <summary>A brief from its text, already read from <paramref name="path"/>.</summary>
    public static Brief Parse(string text, string path)
    {
        var (front, body, bodyLine) = FrontMatterReader.Split(text, path);
        return new Brief(path, front, BodyReader.Read(body, path, bodyLine));
    }

    /// <summary>Only the front matter: what the numbering check needs.</summary>
    public static FrontMatter ReadFrontMatter(string path) => FrontMatterReader.Split(SourceText.Read(path), path).Front;
}
