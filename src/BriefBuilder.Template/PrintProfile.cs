using System.Buffers.Binary;
using System.Globalization;

namespace BriefBuilder.Template;

/// <summary>
/// Reads a CMYK output profile (ICC v2/v4 header, a lut16 'mft2' A2B table) and says what a CMYK
/// colour looks like on screen, so that style.yaml states each colour once, in CMYK, and Word's
/// RGB follows from the print condition. The A2B1 table (relative colorimetric: paper white is
/// screen white) is evaluated by multilinear interpolation, as a CMM does; a few microseconds a colour.
/// </summary>
public sealed class PrintProfile
{
    readonly byte[] icc;
    readonly int lut;

    PrintProfile(byte[] icc, int lut)
    {
        this.icc = icc;
        this.lut = lut;
    }

    /// <summary>Checks that <paramref name="icc"/> is a CMYK output profile to Lab with a lut16 A2B table; the message says what is wrong.</summary>
    public static PrintProfile Read(byte[] icc)
    {
        if (icc.Length < 132 || Tag(icc, 36) != "acsp") throw new InvalidDataException("it is not an ICC profile (no 'acsp' signature)");
        if (Tag(icc, 12) != "prtr") throw new InvalidDataException($"it is a '{Tag(icc, 12)}' profile, not an output ('prtr') profile");
        if (Tag(icc, 16) != "CMYK") throw new InvalidDataException($"its colour space is '{Tag(icc, 16).Trim()}', not CMYK");
        if (Tag(icc, 20) != "Lab ") throw new InvalidDataException($"its connection space is '{Tag(icc, 20).Trim()}', not Lab");
        int lut = FindTag(icc, "A2B1") ?? FindTag(icc, "A2B0") ?? throw new InvalidDataException("it has no A2B0 or A2B1 table");
        if (Tag(icc, lut) != "mft2") throw new InvalidDataException($"its A2B table is '{Tag(icc, lut)}', not a lut16 ('mft2')");
        if (icc[lut + 8] != 4 || icc[lut + 9] != 3) throw new InvalidDataException("its A2B table does not map 4 channels to 3");
        return new PrintProfile(icc, lut);
    }

    /// <summary>
    /// The sRGB hex (RRGGBB) of a CMYK colour (components 0–1). A colour of black ink alone is the
    /// grey of the same value: office printers print sRGB black with black toner only, while the
    /// profile's view of K 100 % (a dark grey, L* 18) would come out of them as a dithered mix.
    /// </summary>
    public string Rgb(double c, double m, double y, double k)
    {
        if (c == 0 && m == 0 && y == 0) return Hex(1 - k, 1 - k, 1 - k);
        var (l, a, b) = Lab([c, m, y, k]);
        return Hex(SrgbFromLab(l, a, b));
    }

    /// <summary>CIELAB (D50) of a CMYK colour through the A2B table: input curves, 4-D grid, output curves.</summary>
    public (double L, double A, double B) Lab(double[] cmyk)
    {
        int grid = icc[lut + 10];
        int inputEntries = U16(lut + 48), outputEntries = U16(lut + 50);
        int inputTables = lut + 52;
        int clut = inputTables + 4 * inputEntries * 2;
        int outputTables = clut + (int)Math.Pow(grid, 4) * 3 * 2;

        var position = new double[4];
        for (int i = 0; i < 4; i++)
            position[i] = Curve(inputTables + i * inputEntries * 2, inputEntries, Math.Clamp(cmyk[i], 0, 1)) * (grid - 1);

        // Multilinear interpolation over the 16 corners of the grid cell holding the colour.
        var sum = new double[3];
        var cell = position.Select(p => Math.Min((int)p, grid - 2)).ToArray();
        for (int corner = 0; corner < 16; corner++)
        {
            double weight = 1;
            int index = 0;
            for (int i = 0; i < 4; i++)
            {
                int step = corner >> (3 - i) & 1;
                double f = position[i] - cell[i];
                weight *= step == 1 ? f : 1 - f;
                index = index * grid + cell[i] + step;
            }
            if (weight == 0) continue;
            for (int o = 0; o < 3; o++) sum[o] += weight * U16(clut + (index * 3 + o) * 2) / 65535.0;
        }
        var pcs = sum.Select((v, o) => Curve(outputTables + o * outputEntries * 2, outputEntries, v) * 65535).ToArray();
        // The lut16 Lab encoding of ICC v2: L* 0–100 over 0–0xFF00, a* and b* −128–128 over 0–0xFFFF (0x8000 = 0).
        return (pcs[0] / 652.8, pcs[1] / 256 - 128, pcs[2] / 256 - 128);
    }

    /// <summary>A one-dimensional table of 16-bit values over 0–1, linearly interpolated.</summary>
    double Curve(int at, int entries, double x)
    {
        double p = x * (entries - 1);
        int i = Math.Min((int)p, entries - 2);
        double f = p - i;
        return (U16(at + i * 2) * (1 - f) + U16(at + (i + 1) * 2) * f) / 65535.0;
    }

    /// <summary>CIELAB relative to D50 → sRGB (0–1), through XYZ and sRGB's Bradford-adapted D50 matrix.</summary>
    static (double R, double G, double B) SrgbFromLab(double l, double a, double b)
    {
        const double Epsilon = 216.0 / 24389, Kappa = 24389.0 / 27;
        static double F(double t) => t * t * t > Epsilon ? t * t * t : (116 * t - 16) / Kappa;
        double fy = (l + 16) / 116;
        double x = 0.9642 * F(fy + a / 500), y = F(fy), z = 0.8249 * F(fy - b / 200);
        return (
            Gamma(3.1338561 * x - 1.6168667 * y - 0.4906146 * z),
            Gamma(-0.9787684 * x + 1.9161415 * y + 0.0334540 * z),
            Gamma(0.0719453 * x - 0.2289914 * y + 1.4052427 * z));
    }

    static double Gamma(double linear)
    {
        double c = Math.Clamp(linear, 0, 1);
        return c <= 0.0031308 ? 12.92 * c : 1.055 * Math.Pow(c, 1 / 2.4) - 0.055;
    }

    static string Hex((double R, double G, double B) rgb) => Hex(rgb.R, rgb.G, rgb.B);

    static string Hex(double r, double g, double b) =>
        string.Concat(new[] { r, g, b }.Select(v => ((int)Math.Round(v * 255, MidpointRounding.AwayFromZero)).ToString("X2", CultureInfo.InvariantCulture)));

    static int? FindTag(byte[] icc, string signature)
    {
        int count = (int)BinaryPrimitives.ReadUInt32BigEndian(icc.AsSpan(128));
        for (int t = 0; t < count; t++)
        {
            int entry = 132 + 12 * t;
            if (entry + 12 > icc.Length) break;
            if (Tag(icc, entry) == signature) return (int)BinaryPrimitives.ReadUInt32BigEndian(icc.AsSpan(entry + 4));
        }
        return null;
    }

    static string Tag(byte[] icc, int at) => at + 4 <= icc.Length ? System.Text.Encoding.ASCII.GetString(icc, at, 4) : "";

    int U16(int at) => BinaryPrimitives.ReadUInt16BigEndian(icc.AsSpan(at));
}
