using System.Runtime.InteropServices;

namespace BriefBuilder.Pdf.Fonts;

/// <summary>
/// HarfBuzz functions that HarfBuzzSharp's managed API does not wrap but its native library
/// exports: freezing a font for use from many threads, the subsetter, and glyph outlines.
/// </summary>
static partial class HarfBuzzNative
{
    const string Library = "libHarfBuzzSharp";

    public const uint SubsetFlagsNoHinting = 0x1;
    /// <summary>hb_subset_sets_t HB_SUBSET_SETS_DROP_TABLE_TAG.</summary>
    public const int SubsetSetsDropTableTag = 3;

    [LibraryImport(Library)] public static partial void hb_font_make_immutable(IntPtr font);

    [LibraryImport(Library)] public static partial IntPtr hb_subset_input_create_or_fail();
    [LibraryImport(Library)] public static partial IntPtr hb_subset_input_glyph_set(IntPtr input);
    [LibraryImport(Library)] public static partial IntPtr hb_subset_input_set(IntPtr input, int setType);
    [LibraryImport(Library)] public static partial void hb_subset_input_set_flags(IntPtr input, uint flags);
    [LibraryImport(Library)] public static partial void hb_subset_input_destroy(IntPtr input);
    [LibraryImport(Library)] public static partial IntPtr hb_subset_plan_create_or_fail(IntPtr face, IntPtr input);
    [LibraryImport(Library)] public static partial IntPtr hb_subset_plan_old_to_new_glyph_mapping(IntPtr plan);
    [LibraryImport(Library)] public static partial IntPtr hb_subset_plan_execute_or_fail(IntPtr plan);
    [LibraryImport(Library)] public static partial void hb_subset_plan_destroy(IntPtr plan);
    [LibraryImport(Library)] public static partial uint hb_map_get(IntPtr map, uint key);

    [LibraryImport(Library)] public static partial void hb_set_add(IntPtr set, uint codepoint);

    // Glyph outlines (GlyphOutline): the callbacks are unmanaged function pointers.
    [LibraryImport(Library)] public static partial IntPtr hb_draw_funcs_create();
    [LibraryImport(Library)] public static partial void hb_draw_funcs_make_immutable(IntPtr funcs);
    [LibraryImport(Library)] public static partial void hb_draw_funcs_set_move_to_func(IntPtr funcs, IntPtr func, IntPtr user, IntPtr destroy);
    [LibraryImport(Library)] public static partial void hb_draw_funcs_set_line_to_func(IntPtr funcs, IntPtr func, IntPtr user, IntPtr destroy);
    [LibraryImport(Library)] public static partial void hb_draw_funcs_set_quadratic_to_func(IntPtr funcs, IntPtr func, IntPtr user, IntPtr destroy);
    [LibraryImport(Library)] public static partial void hb_draw_funcs_set_cubic_to_func(IntPtr funcs, IntPtr func, IntPtr user, IntPtr destroy);
    [LibraryImport(Library)] public static partial void hb_draw_funcs_set_close_path_func(IntPtr funcs, IntPtr func, IntPtr user, IntPtr destroy);
    [LibraryImport(Library)] public static partial void hb_font_draw_glyph(IntPtr font, uint glyph, IntPtr funcs, IntPtr data);

    [LibraryImport(Library)] public static partial IntPtr hb_face_reference_blob(IntPtr face);
    [LibraryImport(Library)] public static partial void hb_face_destroy(IntPtr face);
    [LibraryImport(Library)] public static partial IntPtr hb_blob_get_data(IntPtr blob, out uint length);
    [LibraryImport(Library)] public static partial void hb_blob_destroy(IntPtr blob);
}
