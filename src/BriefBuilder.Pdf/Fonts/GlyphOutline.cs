using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace BriefBuilder.Pdf.Fonts;

/// <summary>
/// Receives a glyph's outline, in font units from its origin with y going up: the same outline
/// the PDF's embedded subset draws, since both come from the face's own glyph program.
/// </summary>
public interface IGlyphPen
{
    void MoveTo(float x, float y);
    void LineTo(float x, float y);
    void QuadraticTo(float cx, float cy, float x, float y);
    void CubicTo(float c1x, float c1y, float c2x, float c2y, float x, float y);
    void Close();
}

/// <summary>
/// Draws glyph outlines through HarfBuzz's hb_font_draw_glyph, which HarfBuzzSharp does not wrap:
/// a preview that draws a page's glyphs as paths needs no font of the browser's, so it shows the
/// very glyphs the PDF embeds.
/// </summary>
static unsafe class GlyphOutline
{
    // One set of callbacks for the process, made on first use and never destroyed (HarfBuzz keeps it immutable).
    static readonly IntPtr Funcs = MakeFuncs();

    public static void Draw(IntPtr font, ushort glyphId, IGlyphPen pen)
    {
        var handle = GCHandle.Alloc(pen);
        try
        {
            HarfBuzzNative.hb_font_draw_glyph(font, glyphId, Funcs, GCHandle.ToIntPtr(handle));
        }
        finally { handle.Free(); }
    }

    static IntPtr MakeFuncs()
    {
        var funcs = HarfBuzzNative.hb_draw_funcs_create();
        HarfBuzzNative.hb_draw_funcs_set_move_to_func(funcs, (IntPtr)(delegate* unmanaged[Cdecl]<IntPtr, IntPtr, IntPtr, float, float, IntPtr, void>)&MoveTo, 0, 0);
        HarfBuzzNative.hb_draw_funcs_set_line_to_func(funcs, (IntPtr)(delegate* unmanaged[Cdecl]<IntPtr, IntPtr, IntPtr, float, float, IntPtr, void>)&LineTo, 0, 0);
        HarfBuzzNative.hb_draw_funcs_set_quadratic_to_func(funcs, (IntPtr)(delegate* unmanaged[Cdecl]<IntPtr, IntPtr, IntPtr, float, float, float, float, IntPtr, void>)&QuadraticTo, 0, 0);
        HarfBuzzNative.hb_draw_funcs_set_cubic_to_func(funcs, (IntPtr)(delegate* unmanaged[Cdecl]<IntPtr, IntPtr, IntPtr, float, float, float, float, float, float, IntPtr, void>)&CubicTo, 0, 0);
        HarfBuzzNative.hb_draw_funcs_set_close_path_func(funcs, (IntPtr)(delegate* unmanaged[Cdecl]<IntPtr, IntPtr, IntPtr, IntPtr, void>)&ClosePath, 0, 0);
        HarfBuzzNative.hb_draw_funcs_make_immutable(funcs);
        return funcs;
    }

    static IGlyphPen Pen(IntPtr data) => (IGlyphPen)GCHandle.FromIntPtr(data).Target!;

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    static void MoveTo(IntPtr funcs, IntPtr data, IntPtr state, float x, float y, IntPtr user) => Pen(data).MoveTo(x, y);

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    static void LineTo(IntPtr funcs, IntPtr data, IntPtr state, float x, float y, IntPtr user) => Pen(data).LineTo(x, y);

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    static void QuadraticTo(IntPtr funcs, IntPtr data, IntPtr state, float cx, float cy, float x, float y, IntPtr user) => Pen(data).QuadraticTo(cx, cy, x, y);

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    static void CubicTo(IntPtr funcs, IntPtr data, IntPtr state, float c1x, float c1y, float c2x, float c2y, float x, float y, IntPtr user) =>
        Pen(data).CubicTo(c1x, c1y, c2x, c2y, x, y);

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    static void ClosePath(IntPtr funcs, IntPtr data, IntPtr state, IntPtr user) => Pen(data).Close();
}
