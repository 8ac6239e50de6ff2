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

    /// <summary>
    /// The picture files the brief's figures name, as full paths (some perhaps missing): what its
    /// outputs are made from besides its text, so that a changed picture rebuilds it. Read from
    /// the Markdown alone, without the checks of a full read.
    /// </summary>
    public static IReadOnlyList<string> FigureFiles(string path) => Blocks.FigureReader.Files(SourceText.Read(path), path);

    /// <summary>Only the front matter: what the numbering check needs.</summary>
    public static FrontMatter ReadFrontMatter(string path) => FrontMatterReader.Split(SourceText.Read(path), path).Front;
}
