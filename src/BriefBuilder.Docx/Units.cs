using System.Globalization;

namespace BriefBuilder.Docx;

/// <summary>OOXML measures lengths in several units; the house style gives everything in points.</summary>
internal static class Units
{
    /// <summary>Twentieths of a point (dxa): page geometry, indents, spacing, tab stops.</summary>
    public static int Twips(double points) => (int)Math.Round(points * 20, MidpointRounding.AwayFromZero);

    /// <summary>Half-points: font sizes (w:sz).</summary>
    public static string HalfPoints(double points) => Text((int)Math.Round(points * 2, MidpointRounding.AwayFromZero));

    /// <summary>Eighths of a point: border widths (w:bdr/@w:sz).</summary>
    public static uint EighthPoints(double points) => (uint)Math.Round(points * 8, MidpointRounding.AwayFromZero);

    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
