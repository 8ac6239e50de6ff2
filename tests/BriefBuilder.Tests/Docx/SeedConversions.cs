using BriefBuilder.Tests.Support;

namespace BriefBuilder.Tests.Docx;

/// <summary>
/// The seed briefs' DOCX as LibreOffice turns them into PDF, into ODT, and from ODT back into
/// DOCX: one soffice call per kind for all seeds, made when a test first asks, shared by the tests.
/// </summary>
public sealed class SeedConversions : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("briefbuilder-docx-lo-").FullName;
    private readonly Lazy<Dictionary<string, string>> _docx;
    private readonly Lazy<Dictionary<string, string>> _pdf;
    private readonly Lazy<Dictionary<string, string>> _odt;
    private readonly Lazy<Dictionary<string, string>> _roundTrip;

    public SeedConversions()
    {
        var names = SeedBriefs.Seeds.Keys.Order(StringComparer.Ordinal).ToArray();
        _docx = new(() => names.ToDictionary(n => n, n =>
        {
            var path = Path.Combine(_dir, SeedBriefs.FileStem(n) + ".docx");
            File.WriteAllBytes(path, SeedBriefs.Docx(n));
            return path;
        }));
        Dictionary<string, string> Convert(string format, string outDir, Dictionary<string, string> from) =>
            names.Zip(LibreOffice.Convert(format, Directory.CreateDirectory(outDir).FullName, names.Select(n => from[n]).ToArray()))
                .ToDictionary(p => p.First, p => p.Second);
        _pdf = new(() => Convert("pdf", _dir, _docx.Value));
        _odt = new(() => Convert("odt", _dir, _docx.Value));
        _roundTrip = new(() => Convert("docx:MS Word 2007 XML", Path.Combine(_dir, "round-trip"), _odt.Value));
    }

    public string Docx(string name) => _docx.Value[name];
    public string Pdf(string name) => _pdf.Value[name];
    public string Odt(string name) => _odt.Value[name];
    public string RoundTripDocx(string name) => _roundTrip.Value[name];

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
