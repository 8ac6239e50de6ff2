using Microsoft.Playwright;

namespace BriefBuilder.Tests.Serve;

/// <summary>
/// Two PNG images compared pixel by pixel, decoded by the browser itself (a canvas), so the tests
/// need no image library. A pixel differs when its colour is further than <c>tolerance</c> (any
/// channel, 0–255) from the other image's pixel at the same place and at each of the eight around
/// it: two rasterisers anti-alias an edge into different pixels, never more than one apart.
/// </summary>
public static class PixelComparison
{
    /// <summary>The compared area (the smaller of the two sizes), each image's size, and how many pixels differ.</summary>
    public sealed record Result(int Width, int Height, string SizeA, string SizeB, int Differing)
    {
        public double Share => (double)Differing / (Width * Height);
    }

    public static async Task<Result> Compare(IPage page, byte[] a, byte[] b, int tolerance)
    {
        var r = await page.EvaluateAsync<int[]>("""
            async ([a, b, tolerance]) => {
              const load = src => new Promise((ok, no) => { const i = new Image(); i.onload = () => ok(i); i.onerror = no; i.src = src; });
              const [ia, ib] = await Promise.all([load(a), load(b)]);
              const w = Math.min(ia.width, ib.width), h = Math.min(ia.height, ib.height);
              const pixels = img => {
                const c = document.createElement('canvas'); c.width = w; c.height = h;
                const g = c.getContext('2d'); g.fillStyle = '#fff'; g.fillRect(0, 0, w, h); g.drawImage(img, 0, 0);
                return g.getImageData(0, 0, w, h).data;
              };
              const pa = pixels(ia), pb = pixels(ib);
              const near = (p, i, q, x, y) => {
                for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) {
                  const xx = x + dx, yy = y + dy;
                  if (xx < 0 || yy < 0 || xx >= w || yy >= h) continue;
                  const j = (yy * w + xx) * 4;
                  if (Math.abs(p[i] - q[j]) <= tolerance && Math.abs(p[i + 1] - q[j + 1]) <= tolerance && Math.abs(p[i + 2] - q[j + 2]) <= tolerance) return true;
                }
                return false;
              };
              let differing = 0;
              for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
                const i = (y * w + x) * 4;
                if (!near(pa, i, pb, x, y) || !near(pb, i, pa, x, y)) differing++;
              }
              return [w, h, ia.width, ia.height, ib.width, ib.height, differing];
            }
            """, new object[] { DataUrl(a), DataUrl(b), tolerance });
        return new Result(r[0], r[1], $"{r[2]}×{r[3]}", $"{r[4]}×{r[5]}", r[6]);
    }

    static string DataUrl(byte[] png) => "data:image/png;base64," + Convert.ToBase64String(png);
}
