using BriefBuilder.Model;
using Scriban.Runtime;

namespace BriefBuilder.Template.Blocks;

/// <summary>The editor's note (编者按): <c>b.blocks</c>, its paragraphs, each written as a body paragraph is.</summary>
internal static class EditorNotes
{
    public static TrackedBlock Of(EditorNote note)
    {
        var paragraphs = ScriptBlocks.Of(note.Paragraphs);
        return new TrackedBlock(note, paragraphs) { ["blocks"] = new ScriptArray(paragraphs) };
    }
}
