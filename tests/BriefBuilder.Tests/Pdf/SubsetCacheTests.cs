using BriefBuilder.Pdf;
using BriefBuilder.Pdf.Writing;
using BriefBuilder.Tests.Support;

namespace BriefBuilder.Tests.Pdf;

/// <summary>The font subset cache changes how fast a PDF is made, never its bytes.</summary>
public class SubsetCacheTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("brief-subsets-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    byte[] Write(string seed, SubsetCache cache)
    {
        var document = SeedBriefs.Layout(seed, out var style);
        using var output = new MemoryStream();
        new PdfRenderer(style, TestFonts.Set, cache).Write(document, output);
        return output.ToArray();
    }

    [Fact]
    public void A_pdf_from_the_cache_is_byte_for_byte_the_pdf_made_without_it()
    {
        var fresh = Write("2023/001.md", SubsetCache.None);
        var filling = Write("2023/001.md", new SubsetCache(folder));
        var entries = Directory.GetFiles(folder);
        Assert.NotEmpty(entries); // one per face the brief uses
        var fromCache = Write("2023/001.md", new SubsetCache(folder));
        Assert.Equal(fresh, filling);
        Assert.Equal(fresh, fromCache);
        Assert.Equal(entries, Directory.GetFiles(folder)); // the second run only read
    }

    [Fact]
    public void A_damaged_entry_is_made_again()
    {
        var fresh = Write("2024/009.md", SubsetCache.None);
        Write("2024/009.md", new SubsetCache(folder));
        foreach (var entry in Directory.GetFiles(folder))
            File.WriteAllBytes(entry, File.ReadAllBytes(entry)[..40]); // cut short, as by a full disk
        Assert.Equal(fresh, Write("2024/009.md", new SubsetCache(folder)));
    }

    [Fact]
    public void Another_glyph_set_gets_its_own_entry()
    {
        Write("2023/001.md", new SubsetCache(folder));
        var first = Directory.GetFiles(folder).ToDictionary(f => f, File.ReadAllBytes);
        var fresh = Write("2024/020.md", SubsetCache.None);

        Assert.Equal(fresh, Write("2024/020.md", new SubsetCache(folder)));

        // The first brief's entries are untouched, and the second's glyphs went into entries of their own.
        Assert.All(first, e => Assert.Equal(e.Value, File.ReadAllBytes(e.Key)));
        var added = Directory.GetFiles(folder).Except(first.Keys).ToList();
        Assert.NotEmpty(added);
        // With the first brief's entries gone, the second's still give its PDF unchanged; what it had
        // shared with the first (a face with the same glyphs) is made again, nothing else.
        foreach (var entry in first.Keys) File.Delete(entry);
        Assert.Equal(fresh, Write("2024/020.md", new SubsetCache(folder)));
        Assert.Subset(added.Concat(first.Keys).ToHashSet(), Directory.GetFiles(folder).ToHashSet());
    }
}
