using BriefBuilder.Model;

namespace BriefBuilder.Template.Blocks;

/// <summary>
/// A figure: <c>b.caption</c> (图1 …), and <c>b.image</c>, the picture's file name as the brief
/// writes it. The picture itself is written by passing the block to <c>figure STYLE b</c>.
/// </summary>
internal static class Figures
{
    public static TrackedBlock Of(Figure figure) => new(figure, []) { ["caption"] = figure.Caption, ["image"] = figure.Image.Path };
}
