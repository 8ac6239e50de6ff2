namespace BriefBuilder.Tests.Pdf;

/// <summary>
/// A piece of a PDF page as poppler's pdftoppm draws it, in grey: what a reader sees, measured.
/// Regions and results are in points from the page's top-left corner, as the layout places them.
/// </summary>
sealed class Raster
{
    readonly byte[] pixels;
    readonly int width, height;
    readonly double left, top, scale; // scale: pixels per point

    Raster(byte[] pixels, int width, int height, double left, double top, double scale) =>
        (this.pixels, this.width, this.height, this.left, this.top, this.scale) = (pixels, width, height, left, top, scale);

    /// <summary>The region (x, y, w, h in points) of page <paramref name="page"/> drawn at <paramref name="dpi"/>.</summary>
    public static Raster Of(string pdf, int page, double x, double y, double w, double h, int dpi = 600)
    {
        var scale = dpi / 72.0;
        var stem = Path.Combine(PdfTools.OutputFolder, $"raster-{Guid.NewGuid():N}");
        var (exit, output) = PdfTools.Run("pdftoppm", "-gray", "-r", dpi.ToString(), "-f", page.ToString(), "-l", page.ToString(),
            "-x", ((int)(x * scale)).ToString(), "-y", ((int)(y * scale)).ToString(),
            "-W", ((int)Math.Ceiling(w * scale)).ToString(), "-H", ((int)Math.Ceiling(h * scale)).ToString(), "-singlefile", pdf, stem);
        if (exit != 0) throw new InvalidOperationException($"pdftoppm failed: {output}");
        var bytes = File.ReadAllBytes(stem + ".pgm");
        File.Delete(stem + ".pgm");
        // A binary PGM: "P5", width, height, maximum, each followed by whitespace, then the bytes.
        var fields = new List<int>();
        var at = 2;
        while (fields.Count < 3)
        {
            while (char.IsWhiteSpace((char)bytes[at])) at++;
            var start = at;
            while (!char.IsWhiteSpace((char)bytes[at])) at++;
            fields.Add(int.Parse(System.Text.Encoding.ASCII.GetString(bytes, start, at - start)));
        }
        at++;
        return new Raster(bytes[at..], fields[0], fields[1], (int)(x * scale) / scale, (int)(y * scale) / scale, scale);
    }

    /// <summary>How dark a pixel is, 0 (paper) to 1 (ink).</summary>
    double Ink(int column, int row) => 1 - pixels[row * width + column] / 255.0;

    bool Dark(int column, int row) => Ink(column, row) > 0.5;

    /// <summary>All the ink of the region: darkness summed over its pixels, in square points.</summary>
    public double TotalInk()
    {
        var sum = 0.0;
        for (var r = 0; r < height; r++)
            for (var c = 0; c < width; c++) sum += Ink(c, r);
        return sum / (scale * scale);
    }

    /// <summary>The vertical centre of the ink (top and bottom dark rows), in points from the page's top.</summary>
    public double InkMiddle()
    {
        var rows = Enumerable.Range(0, height).Where(r => Enumerable.Range(0, width).Any(c => Dark(c, r))).ToList();
        if (rows.Count == 0) throw new InvalidOperationException("no ink in the region");
        return top + (rows[0] + rows[^1] + 1) / 2.0 / scale;
    }

    /// <summary>
    /// How far right the ink stands per point of height: the slope of x over height (up), fitted
    /// over every pixel weighted by its darkness. A translation of the region changes nothing; a
    /// shear of the ink by s adds s.
    /// </summary>
    public double InkLean()
    {
        double sum = 0, x = 0, y = 0, xy = 0, yy = 0;
        for (var r = 0; r < height; r++)
            for (var c = 0; c < width; c++)
            {
                var ink = Ink(c, r);
                double px = c + 0.5, up = -(r + 0.5);
                (sum, x, y, xy, yy) = (sum + ink, x + ink * px, y + ink * up, xy + ink * px * up, yy + ink * up * up);
            }
        if (sum == 0) throw new InvalidOperationException("no ink in the region");
        return (xy / sum - x / sum * (y / sum)) / (yy / sum - y / sum * (y / sum));
    }

    /// <summary>
    /// The stretches of columns holding ink, left to right, as (start, end) in points from the
    /// page's left edge: one per dot of an ellipsis, one for an unbroken dash.
    /// </summary>
    public List<(double Start, double End)> InkSpans()
    {
        var spans = new List<(double, double)>();
        int? start = null;
        for (var c = 0; c <= width; c++)
        {
            var dark = c < width && Enumerable.Range(0, height).Any(r => Dark(c, r));
            if (dark && start is null) start = c;
            if (!dark && start is { } s)
            {
                spans.Add((left + s / scale, left + c / scale));
                start = null;
            }
        }
        return spans;
    }
}
