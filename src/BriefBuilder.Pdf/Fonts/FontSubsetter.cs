using System.Runtime.InteropServices;
using HarfBuzzSharp;

namespace BriefBuilder.Pdf.Fonts;

/// <summary>A face cut down to some glyphs, renumbered from 1 in the order of their old ids (0 stays .notdef).</summary>
/// <param name="Program">The OpenType file of the subset (CFF or TrueType outlines, like the face).</param>
/// <param name="NewGlyphIds">Old glyph id → glyph id in <paramref name="Program"/>.</param>
public sealed record FontSubset(byte[] Program, IReadOnlyDictionary<ushort, ushort> NewGlyphIds);

/// <summary>
/// Cuts a face down to the glyphs a document uses, with HarfBuzz's subsetter. Glyphs are
/// renumbered rather than kept at their ids: keeping them would carry a 65 535-entry hmtx and
/// CharStrings index for every Noto CJK face (≈140 KB compressed each, against ≈5 KB).
/// </summary>
public static class FontSubsetter
{
    // Tables a PDF viewer never reads: shaping is done, vertical metrics come from /W2 if ever needed.
    static readonly string[] DroppedTables = ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "vhea", "vmtx", "VORG", "kern", "DSIG"];

    public static FontSubset Subset(FontFace face, IEnumerable<ushort> glyphIds)
    {
        var wanted = glyphIds.Append((ushort)0).Distinct().Order().ToList(); // .notdef must stay glyph 0
        IntPtr input = HarfBuzzNative.hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero) throw new InvalidOperationException("HarfBuzz could not create a subset input");
        try
        {
            IntPtr glyphs = HarfBuzzNative.hb_subset_input_glyph_set(input);
            foreach (var g in wanted) HarfBuzzNative.hb_set_add(glyphs, g);

            IntPtr drop = HarfBuzzNative.hb_subset_input_set(input, HarfBuzzNative.SubsetSetsDropTableTag);
            foreach (var tag in DroppedTables) HarfBuzzNative.hb_set_add(drop, Tag.Parse(tag));

            // Hinting only helps screens at small pixel sizes; this is a print format, and
            // Liberation's hinting instructions would double its subsets.
            HarfBuzzNative.hb_subset_input_set_flags(input, HarfBuzzNative.SubsetFlagsNoHinting);

            IntPtr plan = HarfBuzzNative.hb_subset_plan_create_or_fail(face.HarfBuzzFace.Handle, input);
            if (plan == IntPtr.Zero) throw new InvalidOperationException($"HarfBuzz could not plan a subset of {face} ({face.Path})");
            try
            {
                IntPtr map = HarfBuzzNative.hb_subset_plan_old_to_new_glyph_mapping(plan);
                var newIds = wanted.ToDictionary(g => g, g => checked((ushort)HarfBuzzNative.hb_map_get(map, g)));
                IntPtr subset = HarfBuzzNative.hb_subset_plan_execute_or_fail(plan);
                if (subset == IntPtr.Zero) throw new InvalidOperationException($"HarfBuzz could not subset {face} ({face.Path})");
                try
                {
                    var program = Bytes(subset);
                    if (face.IsCff) CffCharset.MakeIdentity(program);
                    return new FontSubset(program, newIds);
                }
                finally { HarfBuzzNative.hb_face_destroy(subset); }
            }
            finally { HarfBuzzNative.hb_subset_plan_destroy(plan); }
        }
        finally { HarfBuzzNative.hb_subset_input_destroy(input); }
    }

    static byte[] Bytes(IntPtr face)
    {
        IntPtr blob = HarfBuzzNative.hb_face_reference_blob(face);
        try
        {
            IntPtr data = HarfBuzzNative.hb_blob_get_data(blob, out uint length);
            var bytes = new byte[length];
            Marshal.Copy(data, bytes, 0, (int)length);
            return bytes;
        }
        finally { HarfBuzzNative.hb_blob_destroy(blob); }
    }
}
