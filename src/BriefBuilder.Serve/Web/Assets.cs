using System.Collections.Frozen;

namespace BriefBuilder.Serve.Web;

/// <summary>
/// The page's own script and style, compiled into the program (Assets/ in this project): served by
/// name from this fixed list, so the preview needs no network and no file of the disk.
/// </summary>
public static class Assets
{
    public sealed record Asset(string ContentType, byte[] Bytes);

    static readonly FrozenDictionary<string, Asset> All = new Dictionary<string, Asset>
    {
        ["preview.js"] = Load("preview.js", "text/javascript; charset=utf-8"),
        ["preview.css"] = Load("preview.css", "text/css; charset=utf-8"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static Asset? Find(string name) => All.GetValueOrDefault(name);

    static Asset Load(string name, string type)
    {
        using var stream = typeof(Assets).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the asset {name} is not compiled into the program");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return new Asset(type, bytes.ToArray());
    }
}
