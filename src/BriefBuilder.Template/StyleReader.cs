using System.Globalization;
using BriefBuilder.Model;
using BriefBuilder.Source;

namespace BriefBuilder.Template;

/// <summary>
/// Reads a template folder's <c>style.yaml</c> into a <see cref="HouseStyle"/>, checking every
/// reference by name and every number against what layout and writers need (lengths positive,
/// the text block on the page, the grid in the text block, rules the DOCX writer can draw), so a
/// bad value is a message at its line and never a NaN in the PDF, clipped text or a hang.
/// </summary>
public static class StyleReader
{
    public const string FileName = "style.yaml";

    public static HouseStyle Read(string path)
    {
        var m = YamlMapping.Parse(SourceText.Read(path), path);
        m.RejectUnknownKeys(["page", "grid", "pagination", "punctuation", "synthetic_bold", "synthetic_italic", "fonts", "fallback", "print", "colours", "paragraphs", "runs", "rules", "tables", "figures", "page_number"]);

        var page = m.Mapping("page");
        page.RejectUnknownKeys(["width", "height", "top", "bottom", "left", "right"]);
        var geometry = new PageGeometry(
            Length(page, "width"), Length(page, "height"), Length(page, "top"),
            Length(page, "bottom"), Length(page, "left"), Length(page, "right"));
        // Blamed on the larger margin of the two, the likelier mistake.
        if (geometry.TextWidth <= 0)
            throw page.ErrorAt(geometry.Left >= geometry.Right ? "left" : "right", $"the margins leave no text block: left + right ({Pt(geometry.Left + geometry.Right)}) must be less than the width ({Pt(geometry.Width)})");
        if (geometry.TextHeight <= 0)
            throw page.ErrorAt(geometry.Top >= geometry.Bottom ? "top" : "bottom", $"the margins leave no text block: top + bottom ({Pt(geometry.Top + geometry.Bottom)}) must be less than the height ({Pt(geometry.Height)})");

        var g = m.Mapping("grid");
        g.RejectUnknownKeys(["lines", "chars", "line_pitch"]);
        var lines = g.Int("lines", "the number of body lines on a page, like 22");
        var grid = new TextGrid(lines, g.Int("chars", "the characters of a line, like 28"),
            OptionalLength(g, "line_pitch") ?? geometry.TextHeight / lines);
        if (grid.LinesPerPage * grid.LinePitch > geometry.TextHeight + 0.01)
            throw g.ErrorAt(g.Has("line_pitch") ? "line_pitch" : "lines",
                $"{grid.LinesPerPage} lines {Pt(grid.LinePitch)} apart need {Pt(grid.LinesPerPage * grid.LinePitch)}, more than the text block's height ({Pt(geometry.TextHeight)})");

        // Vertical distances may count lines of the grid, as GB/T 9704 does ("2 lines"); spaces may be zero.
        double? Distance(YamlMapping at, string key, bool orZero = true) => OptionalLength(at, key, orZero, grid.LinePitch);

        var fonts = Section(m, "fonts", (name, f) =>
        {
            f.RejectUnknownKeys(["docx", "gbk", "word", "pdf", "ellipsis", "dash"]);
            return new FontRole(name, f.String("docx", "the font name written into Word files"),
                f.OptionalList("pdf") ?? throw f.Missing("pdf", "a list of font families for the PDF"))
            {
                Word = WordFont(f.OptionalMapping("word") ?? throw f.Missing("word", "the font's Word font-table entry { alt, charset, family, pitch, panose }")),
                Gbk = f.OptionalString("gbk"),
                MarkFaces = MarkFaces.Where(k => f.Has(k.Key)).ToDictionary(k => k.Value, k => f.String(k.Key, "a font family for the PDF")),
            };
        });
        var (print, profile) = Print(m.Mapping("print"), path);
        var colours = Section(m, "colours", (name, c) =>
        {
            c.RejectUnknownKeys(["cmyk"]);
            double Percent(string v)
            {
                var n = 0.0; // declared apart, not `out var`: Stryker cannot compile a mutant of an expression declaring a variable
                return double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out n) && n is >= 0 and <= 100
                    ? n / 100 : throw c.ErrorAt("cmyk", $"'{v}' is not a percentage from 0 to 100");
            }
            var cmyk = (c.OptionalList("cmyk") ?? throw c.Missing("cmyk", "four percentages [C, M, Y, K]")).Select(Percent).ToArray();
            if (cmyk.Length != 4) throw c.ErrorAt("cmyk", "cmyk must list four percentages [C, M, Y, K]");
            return new Colour(name, cmyk[0], cmyk[1], cmyk[2], cmyk[3], profile.Rgb(cmyk[0], cmyk[1], cmyk[2], cmyk[3]));
        });

        string FontRef(YamlMapping at, string key, string? fallback)
        {
            var name = at.OptionalString(key) ?? fallback ?? throw at.Missing(key, "a font role of 'fonts'");
            return fonts.ContainsKey(name) ? name : throw at.ErrorAt(key, $"font role '{name}' is not defined under 'fonts'");
        }
        string ColourRef(YamlMapping at, string key, string fallback)
        {
            var name = at.OptionalString(key) ?? fallback;
            return colours.ContainsKey(name) ? name : throw at.ErrorAt(key, $"colour '{name}' is not defined under 'colours'");
        }

        var paragraphs = Section(m, "paragraphs", (name, p) =>
        {
            p.RejectUnknownKeys(["docx", "font", "latin", "size", "colour", "bold", "align", "indent", "left", "top", "space_before", "space_after", "line", "keep_with_next", "page_break_before", "tag", "inset"]);
            var lineHeight = Distance(p, "line", orZero: false);
            var size = Length(p, "size");
            foreach (var (key, value) in new[] { ("size", size), ("line", lineHeight ?? 0) })
                if (value > geometry.TextHeight)
                    throw p.ErrorAt(key, $"'{key}' ({Pt(value)}) is more than the text block's height ({Pt(geometry.TextHeight)}): a line would fit on no page");
            return new ParagraphStyle(name, FontRef(p, "font", null), FontRef(p, "latin", "latin"), size,
                ColourRef(p, "colour", "black"), p.OptionalBool("bold"), Align(p), Indent(p),
                Distance(p, "space_before") ?? 0, Distance(p, "space_after") ?? 0,
                lineHeight ?? grid.LinePitch, OnGrid: lineHeight is null, p.OptionalBool("keep_with_next"), Tag(p), Distance(p, "top"))
            {
                Docx = p.String("docx", "the style's name in Word, a built-in such as Normal or heading 1 or a name of its own"),
                InsetChars = Indent(p, "inset"),
                LeftIndentChars = Indent(p, "left"),
                PageBreakBefore = p.OptionalBool("page_break_before"),
            };
        });
        var runs = Section(m, "runs", (name, r) =>
        {
            r.RejectUnknownKeys(["docx", "font", "size", "colour", "bold"]);
            return new RunStyle(name, r.Has("font") ? FontRef(r, "font", null) : null, OptionalLength(r, "size"),
                r.Has("colour") ? ColourRef(r, "colour", "black") : null, r.Has("bold") ? r.OptionalBool("bold") : null)
            {
                Docx = r.String("docx", "the style's name in Word's style list"),
            };
        });
        var rules = Section(m, "rules", (name, r) =>
        {
            r.RejectUnknownKeys(["colour", "strokes", "space_before", "space_after"]);
            return new RuleStyle(name, ColourRef(r, "colour", "black"), Strokes(r),
                Distance(r, "space_before") ?? 0, Distance(r, "space_after") ?? 0);
        });

        var tables = Section(m, "tables", (name, t) =>
        {
            t.RejectUnknownKeys(["docx", "header", "cell", "rule", "padding_x", "padding_y", "space_before", "space_after"]);
            string ParagraphRef(string key)
            {
                var style = t.String(key, "a paragraph style of 'paragraphs'");
                return paragraphs.ContainsKey(style) ? style : throw t.ErrorAt(key, $"paragraph style '{style}' is not defined under 'paragraphs'");
            }
            var rule = t.String("rule", "a rule style of 'rules' with one stroke, which draws the grid lines");
            var grid = rules.GetValueOrDefault(rule) ?? throw t.ErrorAt("rule", $"rule style '{rule}' is not defined under 'rules'");
            if (grid.Strokes.Count != 1) throw t.ErrorAt("rule", $"a table's grid lines are one stroke; rule style '{rule}' has {grid.Strokes.Count}");
            return new TableStyle(name, ParagraphRef("header"), ParagraphRef("cell"), rule,
                OptionalLength(t, "padding_x", orZero: true) ?? 0, OptionalLength(t, "padding_y", orZero: true) ?? 0,
                Distance(t, "space_before") ?? 0, Distance(t, "space_after") ?? 0)
            {
                Docx = t.String("docx", "the table style's name in Word's style list"),
            };
        });
        var figures = Section(m, "figures", (name, f) =>
        {
            f.RejectUnknownKeys(["max_height", "resolution", "space_before", "space_after"]);
            var maxHeight = Length(f, "max_height");
            var resolution = f.OptionalNumber("resolution") ?? throw f.Missing("resolution", "the dots per inch of a picture that states none, like 150");
            if (resolution is not (>= 72 and <= 2400)) throw f.ErrorAt("resolution", $"'resolution' is in dots per inch, from 72 to 2400, not {resolution}");
            var (before, after) = (Distance(f, "space_before") ?? 0, Distance(f, "space_after") ?? 0);
            if (before + maxHeight + after > grid.LinesPerPage * grid.LinePitch)
                throw f.ErrorAt("max_height", $"'max_height' and the spaces above and below ({Pt(before + maxHeight + after)}) are more than the {grid.LinesPerPage} lines of a page ({Pt(grid.LinesPerPage * grid.LinePitch)}): a figure would fit on no page");
            return new FigureStyle(name, maxHeight, resolution, before, after);
        });

        var n = m.Mapping("page_number");
        n.RejectUnknownKeys(["font", "latin", "size", "format", "below_text", "indent"]);
        var format = n.String("format", "the folio text with {page}, like \"— {page} —\"");
        if (!format.Contains("{page}")) throw n.ErrorAt("format", "format must contain {page} where the number goes");
        var pageNumber = new PageNumberStyle(FontRef(n, "font", null), FontRef(n, "latin", "latin"), Length(n, "size"),
            format, OptionalLength(n, "below_text", orZero: true) ?? throw n.Missing("below_text", "a length such as 7mm"),
            Indent(n) * Length(n, "size")); // characters of the folio's own type: it is off the grid

        var fallback = m.OptionalList("fallback") ?? [];
        if (!colours.ContainsKey("black")) throw m.ErrorAt("colours", "colours must define 'black', the default text colour");
        if (paragraphs.Values.Count(p => p.Docx == "Normal") != 1)
            throw m.ErrorAt("paragraphs", "exactly one paragraph style must be 'docx: Normal', the style Word gives text with no other");
        var pagination = m.OptionalMapping("pagination");
        pagination?.RejectUnknownKeys(["widow_control"]);
        var punctuation = m.Mapping("punctuation");
        punctuation.RejectUnknownKeys(["compress_adjacent"]);
        if (!punctuation.Has("compress_adjacent")) throw punctuation.Missing("compress_adjacent", "true or false");
        var bold = m.Mapping("synthetic_bold");
        bold.RejectUnknownKeys(["stroke"]);
        var italic = m.Mapping("synthetic_italic");
        italic.RejectUnknownKeys(["slant"]);
        if (figures.Count > 0) print = print with { RgbProfile = RgbProfile(m.Mapping("print"), path) };
        return new HouseStyle(geometry, grid, fonts, fallback, colours, paragraphs, runs, rules, pageNumber, print,
            WidowControl: pagination?.OptionalBool("widow_control") ?? true,
            CompressAdjacentMarks: punctuation.OptionalBool("compress_adjacent"),
            BoldStroke: Em(bold, "stroke"),
            ItalicShear: Math.Tan(Degrees(italic, "slant") * Math.PI / 180))
        {
            Tables = tables,
            Figures = figures,
        };
    }

    /// <summary>The marks a font role may take from a face of its own choosing (style.yaml keys → code points).</summary>
    private static readonly Dictionary<string, int> MarkFaces = new() { ["ellipsis"] = 0x2026, ["dash"] = 0x2014 };

    /// <summary>A fraction of the type size, written like 0.03em: above zero and below a quarter em, where strokes would fill the counters.</summary>
    private static double Em(YamlMapping m, string key)
    {
        var text = m.String(key, "a fraction of the type size, like 0.03em");
        var em = 0.0; // declared apart, not `out var`, for Stryker
        return text.EndsWith("em", StringComparison.Ordinal)
               && double.TryParse(text[..^2], NumberStyles.Float, CultureInfo.InvariantCulture, out em) && em is > 0 and < 0.25
            ? em
            : throw m.ErrorAt(key, $"'{key}' must be a fraction of the type size above 0em and below 0.25em, like 0.03em, not '{text}'");
    }

    /// <summary>An angle in degrees, written like 12deg: above zero and below 45deg, past which letters lie down rather than lean.</summary>
    private static double Degrees(YamlMapping m, string key)
    {
        var text = m.String(key, "an angle in degrees, like 12deg");
        return text.EndsWith("deg", StringComparison.Ordinal)
               && double.TryParse(text[..^3], NumberStyles.Float, CultureInfo.InvariantCulture, out var degrees) && degrees is > 0 and < 45
            ? degrees
            : throw m.ErrorAt(key, $"'{key}' must be an angle above 0deg and below 45deg, like 12deg, not '{text}'");
    }

    /// <summary>The print condition, with its ICC profile read from the template folder and checked.</summary>
    private static (PrintCondition, PrintProfile) Print(YamlMapping p, string stylePath)
    {
        p.RejectUnknownKeys(["profile", "condition", "registry", "description", "rgb_profile"]);
        var (file, bytes) = ProfileFile(p, "profile", stylePath, "the ICC output profile's file name in the template folder");
        PrintProfile profile;
        try { profile = PrintProfile.Read(bytes); }
        catch (InvalidDataException e) { throw p.ErrorAt("profile", $"'{file}' cannot serve: {e.Message}"); }
        var condition = new PrintCondition(p.String("condition", "the registered name of the print condition, like FOGRA39"),
            p.String("registry", "where the condition is registered, like http://www.color.org"),
            p.String("description", "the print condition in words"), bytes);
        return (condition, profile);
    }

    /// <summary>The ICC profile RGB pictures are drawn through (sRGB), which a template with figure styles must name.</summary>
    private static byte[] RgbProfile(YamlMapping p, string stylePath)
    {
        var (file, bytes) = ProfileFile(p, "rgb_profile", stylePath, "the ICC profile of RGB pictures, like sRGB.icc");
        if (bytes.Length < 128 || System.Text.Encoding.ASCII.GetString(bytes, 36, 4) != "acsp" || System.Text.Encoding.ASCII.GetString(bytes, 16, 4) != "RGB ")
            throw p.ErrorAt("rgb_profile", $"'{file}' is not an ICC profile of RGB colour");
        return bytes;
    }

    private static (string File, byte[] Bytes) ProfileFile(YamlMapping p, string key, string stylePath, string what)
    {
        var file = p.String(key, what);
        var full = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(stylePath) ?? ".", file);
        if (!File.Exists(full)) throw p.ErrorAt(key, $"the profile '{file}' is not in the template folder");
        return (file, File.ReadAllBytes(full));
    }

    private static string Tag(YamlMapping p)
    {
        var tag = p.OptionalString("tag") ?? StructureTags.Paragraph;
        return StructureTags.All.Contains(tag) ? tag
            : throw p.ErrorAt("tag", $"tag must be one of {string.Join(", ", StructureTags.All)}, not '{tag}'");
    }

    private static readonly string[] WordFamilies = ["roman", "swiss", "modern", "script", "decorative", "auto"];
    private static readonly string[] WordPitches = ["fixed", "variable", "default"];

    private static WordFont WordFont(YamlMapping w)
    {
        w.RejectUnknownKeys(["alt", "charset", "family", "pitch", "panose"]);
        var charset = w.String("charset", "the Windows character set as two hex digits, 86 for GB2312, 00 for Latin");
        if (!IsHex(charset, 2)) throw w.ErrorAt("charset", $"charset must be two hex digits such as 86 (GB2312) or 00, not '{charset}'");
        var family = w.String("family", string.Join(", ", WordFamilies));
        if (!WordFamilies.Contains(family)) throw w.ErrorAt("family", $"family must be one of {string.Join(", ", WordFamilies)}, not '{family}'");
        var pitch = w.String("pitch", string.Join(", ", WordPitches));
        if (!WordPitches.Contains(pitch)) throw w.ErrorAt("pitch", $"pitch must be one of {string.Join(", ", WordPitches)}, not '{pitch}'");
        var panose = w.OptionalString("panose");
        if (panose is not null && !IsHex(panose, 20)) throw w.ErrorAt("panose", $"panose must be 20 hex digits, not '{panose}'");
        return new WordFont(w.OptionalString("alt"), charset.ToUpperInvariant(), family, pitch, panose?.ToUpperInvariant());
    }

    private static bool IsHex(string text, int digits) => text.Length == digits && text.All(char.IsAsciiHexDigit);

    private static Dictionary<string, T> Section<T>(YamlMapping m, string key, Func<string, YamlMapping, T> read)
    {
        var section = m.OptionalMapping(key);
        if (section is null) return [];
        return section.Keys.ToDictionary(k => k, k => read(k, section.Mapping(k)));
    }

    private static double Length(YamlMapping m, string key) =>
        OptionalLength(m, key) ?? throw m.Missing(key, "a length such as 16pt, 37mm or 三号");

    /// <summary>A length above zero; with <paramref name="orZero"/>, zero too (a space that may be left out).</summary>
    /// <param name="linePitch">The grid's line pitch, when the length may be given in lines.</param>
    private static double? OptionalLength(YamlMapping m, string key, bool orZero = false, double? linePitch = null)
    {
        var text = m.OptionalString(key);
        if (text is null) return null;
        var lines = linePitch is null ? "" : ", 2 lines";
        var length = Lengths.TryParse(text, linePitch) ?? throw m.ErrorAt(key, $"'{key}' must be a length such as 16pt, 37mm{lines} or 三号, not '{text}'");
        return Measure(length, orZero) ? length : throw m.ErrorAt(key, $"'{key}' must be a length {(orZero ? "of zero or more" : "above zero")}, not '{text}'");
    }

    private static bool Measure(double length, bool orZero) => double.IsFinite(length) && (orZero ? length >= 0 : length > 0);

    /// <summary>An indent in characters: a negative one would set text outside the text block.</summary>
    private static double Indent(YamlMapping m, string key = "indent")
    {
        var indent = m.OptionalNumber(key) ?? 0;
        return indent >= 0 ? indent : throw m.ErrorAt(key, $"'{key}' must be zero or more characters, not {indent}");
    }

    private static string Pt(double points) => points.ToString("0.##", CultureInfo.InvariantCulture) + "pt";

    private static Alignment Align(YamlMapping p) => p.OptionalString("align") switch
    {
        null or "left" => Alignment.Left,
        "center" => Alignment.Center,
        "right" => Alignment.Right,
        "justify" => Alignment.Justify,
        var other => throw p.ErrorAt("align", $"align must be left, center, right or justify, not '{other}'"),
    };

    /// <summary>
    /// Strokes are lengths ("2.25pt") or mappings with a gap above ({ gap: 1.5pt, thickness: 0.75pt }):
    /// one or two, since Word draws a rule as a paragraph border, single or double.
    /// </summary>
    private static IReadOnlyList<RuleStroke> Strokes(YamlMapping r)
    {
        // Not `is not { Count: > 0 } list`: Stryker cannot compile its mutants of such a method.
        var list = r.Value("strokes")?.Items;
        if (list is null || list.Count == 0)
            throw r.Missing("strokes", "a list of stroke thicknesses, like [2.25pt, { gap: 1.5pt, thickness: 0.75pt }]");
        if (list.Count > 2)
            throw r.ErrorAt("strokes", $"a rule has one or two strokes (a Word border is single or double), not {list.Count}");
        return list.Select(item => Stroke(r, item)).ToList();

        // Statements, not `is { } thickness` in one expression: Stryker cannot compile a mutant of an expression declaring a variable.
        static RuleStroke Stroke(YamlMapping r, YamlValue item)
        {
            var thickness = Length(item);
            if (thickness is not null && Measure(thickness.Value, orZero: false)) return new RuleStroke(thickness.Value, 0);
            var t = Length(item["thickness"]);
            var gap = Length(item["gap"]) ?? 0;
            if (t is not null && Measure(t.Value, orZero: false) && Measure(gap, orZero: true)) return new RuleStroke(t.Value, gap);
            throw new SourceError(r.File, item.Line, "a stroke is a length above zero like 0.35mm, or { gap: 1.5pt, thickness: 0.75pt } with a gap of zero or more");
        }

        static double? Length(YamlValue? value) => value?.Text is null ? null : Lengths.TryParse(value.Text);
    }
}
