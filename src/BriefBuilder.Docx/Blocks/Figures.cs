using BriefBuilder.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace BriefBuilder.Docx;

/// <summary>
/// A figure's picture: a centred paragraph holding it as an inline drawing at the size the model
/// gives it, its caption as the drawing's description (the alternative text Word shows and reads
/// aloud). Off the grid, with its space above and below making the paragraph the whole lines of
/// the model's box, so that what follows stays on the grid as in the PDF.
/// </summary>
internal static class Figures
{
    /// <summary>English Metric Units per point: drawing sizes.</summary>
    const long EmuPerPoint = 12700;

    public static Paragraph Build(LayoutFigure figure, HouseStyle style, DocxMedia media, double? spaceBefore)
    {
        var (width, height) = figure.Size(style);
        var (box, top) = figure.Box(style);
        var (cx, cy) = ((long)Math.Round(width * EmuPerPoint), (long)Math.Round(height * EmuPerPoint));
        var id = media.NextDrawingId();
        var name = $"图 {id}";
        var relationship = media.RelationshipId(figure.Image);

        var picture = new Pic.Picture(
            new Pic.NonVisualPictureProperties(
                new Pic.NonVisualDrawingProperties { Id = 0U, Name = Path.GetFileName(figure.Image.Path), Description = figure.Alt },
                new Pic.NonVisualPictureDrawingProperties(new A.PictureLocks { NoChangeAspect = true })),
            new Pic.BlipFill(new A.Blip { Embed = relationship }, new A.Stretch(new A.FillRectangle())),
            new Pic.ShapeProperties(
                new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));
        var inline = new Wp.Inline(
            new Wp.Extent { Cx = cx, Cy = cy },
            new Wp.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new Wp.DocProperties { Id = id, Name = name, Description = figure.Alt },
            new Wp.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(picture) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U };

        // The line is as tall as the picture (single spacing, off the grid, a 1 pt paragraph mark
        // adding next to nothing); the spaces above and below fill the box.
        var paragraph = new Paragraph(
            new ParagraphProperties
            {
                KeepNext = new KeepNext(),
                SnapToGrid = new SnapToGrid { Val = false },
                SpacingBetweenLines = new SpacingBetweenLines
                {
                    Before = Units.Text(Units.Twips(top)),
                    After = Units.Text(Units.Twips(box - top - height)),
                    Line = "240",
                    LineRule = LineSpacingRuleValues.Auto,
                },
                Indentation = Formatting.NoIndent(),
                Justification = new Justification { Val = JustificationValues.Center },
                ParagraphMarkRunProperties = new ParagraphMarkRunProperties(new FontSize { Val = "2" }, new FontSizeComplexScript { Val = "2" }),
            },
            new Run(new RunProperties(new FontSize { Val = "2" }, new FontSizeComplexScript { Val = "2" }), new Drawing(inline)));
        return TextParagraphs.SpaceBefore(paragraph, spaceBefore);
    }
}
