using System.Globalization;
using BriefBuilder.Template;
using BriefBuilder.Tests.Pdf;
using BriefBuilder.Tests.Support;

namespace BriefBuilder.Tests.Template;

/// <summary>The screen colours of style.yaml come from its CMYK through the print profile, as ArgyllCMS evaluates that profile.</summary>
public class PrintProfileTests
{
    static readonly string ProfilePath = Repo.Path("templates", "zhuanbao", "FOGRA39-briefbuilder.icc");

    [Theory]
    [InlineData(0, 0.8, 0.8, 0)]
    [InlineData(0.3, 0.1, 0.55, 0.2)]
    [InlineData(1, 1, 1, 1)]
    [InlineData(0, 0, 0, 0)]
    public void Lab_matches_ArgyllCMS_xicclu(double c, double m, double y, double k)
    {
        var ours = PrintProfile.Read(File.ReadAllBytes(ProfilePath)).Lab([c, m, y, k]);
        var start = new System.Diagnostics.ProcessStartInfo("xicclu", ["-ir", "-pl", "-v0", ProfilePath]) { RedirectStandardInput = true, RedirectStandardOutput = true };
        using var xicclu = System.Diagnostics.Process.Start(start)!;
        xicclu.StandardInput.WriteLine(string.Join(' ', new[] { c, m, y, k }.Select(v => v.ToString(CultureInfo.InvariantCulture))));
        xicclu.StandardInput.Close();
        var argyll = xicclu.StandardOutput.ReadToEnd().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        xicclu.WaitForExit();
        // ΔE76 under 1, about the least difference an eye tells apart: only the interpolation differs
        // (multilinear here, simplex in Argyll; the ICC leaves it to the CMM).
        double deltaE = Math.Sqrt(Math.Pow(ours.L - argyll[0], 2) + Math.Pow(ours.A - argyll[1], 2) + Math.Pow(ours.B - argyll[2], 2));
        Assert.True(deltaE < 1, $"ours {ours}, xicclu {string.Join(' ', argyll)}");
    }

    [Fact]
    public void The_house_red_is_its_CMYK_through_the_profile_and_black_ink_stays_black()
    {
        var style = HouseStyles.Zhuanbao;
        Assert.Equal("000000", style.Colour("black").Rgb);
        // M80 Y80 on FOGRA39 coated paper is L* 57, a* 58, b* 45: a warm red, sRGB EA553E.
        Assert.Equal("EA553E", style.Colour("red").Rgb);
        Assert.Equal(File.ReadAllBytes(ProfilePath), style.Print.Profile);
    }

    [Fact]
    public void A_profile_that_is_not_CMYK_output_is_refused_with_the_reason()
    {
        using var copy = new ProjectCopy();
        File.Copy("/usr/share/color/icc/sRGB.icc", copy.Path("templates/zhuanbao/FOGRA39-briefbuilder.icc"), overwrite: true);
        var error = Assert.Throws<BriefBuilder.Model.SourceError>(() => StyleReader.Read(copy.Path("templates/zhuanbao/style.yaml")));
        Assert.Contains("not an output ('prtr') profile", error.Message);
        Assert.EndsWith("style.yaml", error.File);
    }

    /// <summary>The house profile with <paramref name="change"/> made to a copy of its bytes.</summary>
    static byte[] Profile(Action<byte[]> change)
    {
        var icc = File.ReadAllBytes(ProfilePath);
        change(icc);
        return icc;
    }

    static void Put(byte[] icc, int at, string ascii) => System.Text.Encoding.ASCII.GetBytes(ascii).CopyTo(icc, at);

    /// <summary>The byte offset of tag <paramref name="signature"/>'s entry in the tag table.</summary>
    static int Entry(byte[] icc, string signature)
    {
        var count = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(icc.AsSpan(128));
        var entry = Enumerable.Range(0, count).Select(t => 132 + 12 * t).First(e => System.Text.Encoding.ASCII.GetString(icc, e, 4) == signature);
        return entry;
    }

    static int Offset(byte[] icc, string signature) => System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(icc.AsSpan(Entry(icc, signature) + 4));

    public static TheoryData<string, Func<byte[], byte[]>> NotCmykOutput => new()
    {
        { "it is not an ICC profile (no 'acsp' signature)", icc => icc[..131] },
        { "it is not an ICC profile (no 'acsp' signature)", icc => { Put(icc, 36, "acsq"); return icc; } },
        { "it is a 'mntr' profile, not an output ('prtr') profile", icc => { Put(icc, 12, "mntr"); return icc; } },
        { "its colour space is 'RGB', not CMYK", icc => { Put(icc, 16, "RGB "); return icc; } },
        { "its connection space is 'XYZ', not Lab", icc => { Put(icc, 20, "XYZ "); return icc; } },
        { "it has no A2B0 or A2B1 table", icc => { Put(icc, Entry(icc, "A2B1"), "xxx1"); Put(icc, Entry(icc, "A2B0"), "xxx0"); return icc; } },
        { "its A2B table is 'mAB ', not a lut16 ('mft2')", icc => { Put(icc, Offset(icc, "A2B1"), "mAB "); return icc; } },
        { "its A2B table does not map 4 channels to 3", icc => { icc[Offset(icc, "A2B1") + 8] = 3; return icc; } },
        { "its A2B table does not map 4 channels to 3", icc => { icc[Offset(icc, "A2B1") + 9] = 4; return icc; } },
        // A header and a tag count but no room for a tag entry.
        { "it has no A2B0 or A2B1 table", icc => icc[..132] },
        // A tag entry cut short after its signature and offset: it is not read.
        { "it has no A2B0 or A2B1 table", icc => { icc = icc[..140]; Count(icc, 1); Put(icc, 132, "A2B1"); return icc; } },
        // A whole tag entry at the very end is read; its table lies past the end.
        { "its A2B table is '', not a lut16 ('mft2')", icc => { icc = icc[..144]; Count(icc, 1); Put(icc, 132, "A2B1"); return icc; } },
        // The tag count says which entries there are: the A2B1 entry just past them is none.
        { "it has no A2B0 or A2B1 table", icc => { Put(icc, Entry(icc, "A2B0"), "xxx0"); Count(icc, (Entry(icc, "A2B1") - 132) / 12); return icc; } },
        { "its A2B table is '', not a lut16 ('mft2')", icc => { Point(icc, "A2B1", icc.Length); return icc; } },
        { "its A2B table is 'mAB ', not a lut16 ('mft2')", icc => { Point(icc, "A2B1", icc.Length - 4); Put(icc, icc.Length - 4, "mAB "); return icc; } },
    };

    static void Count(byte[] icc, int count) => System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(icc.AsSpan(128), count);

    /// <summary>Points tag <paramref name="signature"/> at <paramref name="offset"/>.</summary>
    static void Point(byte[] icc, string signature, int offset) => System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(icc.AsSpan(Entry(icc, signature) + 4), offset);

    [Theory]
    [MemberData(nameof(NotCmykOutput))]
    public void A_profile_that_is_not_a_CMYK_output_profile_with_a_lut16_table_is_refused_with_the_reason(string message, Func<byte[], byte[]> change)
    {
        var error = Assert.Throws<InvalidDataException>(() => PrintProfile.Read(change(File.ReadAllBytes(ProfilePath))));
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void The_relative_colorimetric_table_A2B1_is_read_before_A2B0()
    {
        var red = PrintProfile.Read(File.ReadAllBytes(ProfilePath)).Lab([0, 0.8, 0.8, 0]);
        // A2B0 pointed at the B2A table (3 channels to 4): read first, it would be refused.
        var a2b0Elsewhere = Profile(icc => icc.AsSpan(Entry(icc, "B2A1") + 4, 8).CopyTo(icc.AsSpan(Entry(icc, "A2B0") + 4)));
        Assert.Equal(red, PrintProfile.Read(a2b0Elsewhere).Lab([0, 0.8, 0.8, 0]));
        // Without A2B1, A2B0 (the same table in the house profile) serves.
        var withoutA2B1 = Profile(icc => Put(icc, Entry(icc, "A2B1"), "xxx1"));
        Assert.Equal(red, PrintProfile.Read(withoutA2B1).Lab([0, 0.8, 0.8, 0]));
    }

    [Theory]
    [InlineData(0, "FFFFFF")]
    [InlineData(0.5, "808080")]
    [InlineData(1, "000000")]
    public void Black_ink_alone_is_the_grey_of_its_value(double k, string rgb) =>
        Assert.Equal(rgb, PrintProfile.Read(File.ReadAllBytes(ProfilePath)).Rgb(0, 0, 0, k));

    [Fact]
    public void Any_ink_besides_black_goes_through_the_profile()
    {
        var profile = PrintProfile.Read(File.ReadAllBytes(ProfilePath));
        // Half magenta is a pink (more red than green), half cyan a light blue (more blue than red): not paper white.
        var magenta = Convert.FromHexString(profile.Rgb(0, 0.5, 0, 0));
        var cyan = Convert.FromHexString(profile.Rgb(0.5, 0, 0, 0));
        Assert.True(magenta[0] > magenta[1] + 40, profile.Rgb(0, 0.5, 0, 0));
        Assert.True(cyan[2] > cyan[0] + 40, profile.Rgb(0.5, 0, 0, 0));
    }

    /// <summary>
    /// The least CMYK output profile: a header, one tag (A2B1) and its lut16 table of a 2-point
    /// grid whose every corner is (L, a, b) in the lut16 encoding, with straight curves in and out.
    /// It ends the file, so a read past its last curve fails.
    /// </summary>
    static byte[] Flat(ushort l, ushort a, ushort b)
    {
        var icc = new byte[320];
        Put(icc, 12, "prtr"); Put(icc, 16, "CMYK"); Put(icc, 20, "Lab "); Put(icc, 36, "acsp");
        Count(icc, 1);
        Put(icc, 132, "A2B1");
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(icc.AsSpan(136), 144);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(icc.AsSpan(140), 176);
        Put(icc, 144, "mft2");
        (icc[152], icc[153], icc[154]) = (4, 3, 2);
        void U16(int at, ushort v) => System.Buffers.Binary.BinaryPrimitives.WriteUInt16BigEndian(icc.AsSpan(at), v);
        U16(192, 2); U16(194, 2);
        for (int t = 0; t < 4; t++) U16(196 + t * 4 + 2, 65535);
        for (int corner = 0; corner < 16; corner++) { U16(212 + corner * 6, l); U16(212 + corner * 6 + 2, a); U16(212 + corner * 6 + 4, b); }
        for (int t = 0; t < 3; t++) U16(308 + t * 4 + 2, 65535);
        return icc;
    }

    [Fact]
    public void A_table_s_last_entries_are_read_at_full_ink()
    {
        // b* at its greatest encoding (0xFFFF) is the last curve's last entry, the file's last two bytes.
        var lab = PrintProfile.Read(Flat(0xFF00, 0x8000, 0xFFFF)).Lab([1, 1, 1, 1]);
        Assert.Equal((100.0, 0.0, 65535 / 256.0 - 128), lab);
    }

    [Fact]
    public void A_colour_near_black_takes_the_linear_parts_of_Lab_and_of_sRGB()
    {
        // L* 1 (653 / 652.8), neutral: Y = 1/903.3, below CIE's ε, and sRGB's linear segment below 0.0031308 gives 04 (0.0143 of 255).
        Assert.Equal("040404", PrintProfile.Read(Flat(653, 0x8000, 0x8000)).Rgb(0.5, 0.5, 0.5, 0.5));
    }
}
