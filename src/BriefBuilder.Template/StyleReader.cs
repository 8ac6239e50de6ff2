using System.Globalization;
using BriefBuilder.Model;
using BriefBuilder.Source;
using YamlDotNet.RepresentationModel;

namespace BriefBuilder.Template;

/// <summary>Reads a template folder's <c>style.yaml</c> into a <see cref="HouseStyle"/>, checking every reference by name.</summary>
public static class StyleReader
{
    public const string FileName = "style.yaml";

    public static HouseStyle Read(string path)
    {
        var m = YamlMapping.Parse(SourceText.Read(path), path);
        m.RejectUnknownKeys(["page", "grid", "pagination", "fonts", "fallback", "colours", "paragraphs", "runs", "rules", "page_number"]);

        var page = m.Mapping("page");
        page.RejectUnknownKeys(["width", "height", "top", "bottom", "left", "right"]);
        var geometry = new PageGeometry(
            Length(page, "width"), Length(page, "height"), Length(page, "top"),
            Length(page, "bottom"), Length(page, "left"), Length(page, "right"));

        var g = m.Mapping("grid");
        g.RejectUnknownKeys(["lines", "chars", "line_pitch"]);
        var lines = g.Int("lines", "the number of body lines on a page, like 22");
        var grid = new TextGrid(lines, g.Int("chars", "the characters of a line, like 28"),
            OptionalLength(g, "line_pitch") ?? geometry.TextHeight / lines);

        // Vertical distances may count lines of the grid, as GB/T 9704 does ("2 lines").
        double? Distance(YamlMapping at, string key) => OptionalLength(at, key, grid.LinePitch);

        var fonts = Section(m, "fonts", (name, f) =>
        {
            f.RejectUnknownKeys(["docx", "word", "pdf"]);
            return new FontRole(name, f.String("docx", "the font name written into Word files"),
                f.OptionalList("pdf") ?? throw f.Missing("pdf", "a list of font families for the PDF"))
            {
                Word = WordFont(f.OptionalMapping("word") ?? throw f.Missing("word", "the font's Word font-table entry { alt, charset, family, pitch, panose }")),
            };
        });
        var colours = Section(m, "colours", (name, c) =>
        {
            c.RejectUnknownKeys(["cmyk", "rgb"]);
            var cmyk = (c.OptionalList("cmyk") ?? throw c.Missing("cmyk", "four percentages [C, M, Y, K]"))
                .Select(v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n is >= 0 and <= 100
                    ? n / 100 : throw c.ErrorAt("cmyk", $"'{v}' is not a percentage from 0 to 100")).ToArray();
            if (cmyk.Length != 4) throw c.ErrorAt("cmyk", "cmyk must list four percentages [C, M, Y, K]");
            var rgb = c.String("rgb", "six hex digits RRGGBB");
            if (rgb.Length != 6 || !int.TryParse(rgb, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out _))
                throw c.ErrorAt("rgb", $"rgb must be six hex digits RRGGBB, not '{rgb}'");
            return new Colour(name, cmyk[0], cmyk[1], cmyk[2], cmyk[3], rgb.ToUpperInvariant());
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
            p.RejectUnknownKeys(["docx", "font", "latin", "size", "colour", "bold", "align", "indent", "top", "space_before", "space_after", "line", "keep_with_next"]);
            var lineHeight = Distance(p, "line");
            return new ParagraphStyle(name, FontRef(p, "font", null), FontRef(p, "latin", "latin"), Length(p, "size"),
                ColourRef(p, "colour", "black"), p.OptionalBool("bold"), Align(p), p.OptionalNumber("indent") ?? 0,
                Distance(p, "space_before") ?? 0, Distance(p, "space_after") ?? 0,
                lineHeight ?? grid.LinePitch, OnGrid: lineHeight is null, p.OptionalBool("keep_with_next"), Distance(p, "top"))
            {
                Docx = p.String("docx", "the style's name in Word, a built-in such as Normal or heading 1 or a name of its own"),
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

        var n = m.Mapping("page_number");
        n.RejectUnknownKeys(["font", "latin", "size", "format", "below_text", "indent"]);
        var format = n.String("format", "the folio text with {page}, like \"— {page} —\"");
        if (!format.Contains("{page}")) throw n.ErrorAt("format", "format must contain {page} where the number goes");
        var pageNumber = new PageNumberStyle(FontRef(n, "font", null), FontRef(n, "latin", "latin"), Length(n, "size"),
            format, Length(n, "below_text"), n.OptionalNumber("indent") ?? 0);

        var fallback = m.OptionalList("fallback") ?? [];
        if (!colours.ContainsKey("black")) throw m.ErrorAt("colours", "colours must define 'black', the default text colour");
        var pagination = m.OptionalMapping("pagination");
        pagination?.RejectUnknownKeys(["widow_control"]);
        return new HouseStyle(geometry, grid, fonts, fallback, colours, paragraphs, runs, rules, pageNumber,
            WidowControl: pagination?.OptionalBool("widow_control") ?? true);
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

    private static double? OptionalLength(YamlMapping m, string key, double? linePitch = null)
    {
        var text = m.OptionalString(key);
        if (text is null) return null;
        var lines = linePitch is null ? "" : ", 2 lines";
        return Lengths.TryParse(text, linePitch) ?? throw m.ErrorAt(key, $"'{key}' must be a length such as 16pt, 37mm{lines} or 三号, not '{text}'");
    }

    private static Alignment Align(YamlMapping p) => p.OptionalString("align") switch
    {
        null or "left" => Alignment.Left,
        "center" => Alignment.Center,
        "right" => Alignment.Right,
        "justify" => Alignment.Justify,
        var other => throw p.ErrorAt("align", $"align must be left, center, right or justify, not '{other}'"),
    };

    /// <summary>Strokes are lengths ("2.25pt") or mappings with a gap above ({ gap: 1.5pt, thickness: 0.75pt }).</summary>
    private static IReadOnlyList<RuleStroke> Strokes(YamlMapping r)
    {
        if (r.Node("strokes") is not YamlSequenceNode { Children.Count: > 0 } list)
            throw r.Missing("strokes", "a list of stroke thicknesses, like [2.25pt, { gap: 1.5pt, thickness: 0.75pt }]");
        return list.Children.Select(node => node switch
        {
            YamlScalarNode s when Lengths.TryParse(s.Value ?? "") is { } t => new RuleStroke(t, 0),
            YamlMappingNode map when Scalar(map, "thickness") is { } t => new RuleStroke(t, Scalar(map, "gap") ?? 0),
            _ => throw new SourceError(r.File, r.LineOf(node), "a stroke is a length like 0.35mm or { gap: 1.5pt, thickness: 0.75pt }"),
        }).ToList();

        static double? Scalar(YamlMappingNode map, string key) =>
            map.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode s ? Lengths.TryParse(s.Value ?? "") : null;
    }
}
