using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Text;
using BriefBuilder.Serve.Previews;
using BriefBuilder.Serve.Web;
using BriefBuilder.Tests.Building;

namespace BriefBuilder.Tests.Serve;

/// <summary>
/// brief serve only reads, and only what it serves: no path spelled in any encoding, and no link
/// inside the content or output folders, reaches a file outside them; no folder is listed; it
/// listens on the loopback unless told otherwise.
/// </summary>
public sealed class PreviewSafetyTests : IAsyncLifetime
{
    const string Secret = "the secret outside the content folder";
    readonly Workspace workspace = new();
    readonly CancellationTokenSource stop = new();
    Task? serving;
    Uri url = null!;

    public async Task InitializeAsync()
    {
        // Outside content/: a secret, and a brief whose link inside content/ would bring it in
        // (the next number, so the archive still numbers clean and every brief builds).
        var outside = Path.Combine(workspace.Root, "outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "secret.txt"), Secret);
        File.WriteAllText(Path.Combine(outside, "021.md"), File.ReadAllText(Path.Combine(workspace.Content, "2024", "020.md"))
            .Replace("issue: 20", "issue: 21").Replace("total: 102", "total: 103"));
        File.CreateSymbolicLink(Path.Combine(workspace.Content, "2024", "021.md"), Path.Combine(outside, "021.md"));
        var folder = Path.Combine(workspace.Root, "outside-folder");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "secret.txt"), Secret);
        Directory.CreateSymbolicLink(Path.Combine(workspace.Content, "2024", "linked"), folder);

        var started = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var server = new PreviewServer(new ServeOptions(workspace.Content, IPAddress.Loopback, 0, null), new PreviewArchive(workspace.Content));
        serving = Task.Run(() => server.RunAsync(u => started.SetResult(u), stop.Token));
        url = new Uri(await started.Task.WaitAsync(TimeSpan.FromMinutes(2)));
        // An output replaced by a link to the secret, after the build wrote it.
        var pdf = workspace.Output("2024/020.pdf");
        File.Delete(pdf);
        File.CreateSymbolicLink(pdf, Path.Combine(outside, "secret.txt"));
    }

    [Theory]
    [InlineData("/out/../../outside/secret.txt")]
    [InlineData("/out/%2e%2e/%2e%2e/outside/secret.txt")]
    [InlineData("/out/%2E%2E%2F%2E%2E%2Foutside%2Fsecret.txt")]
    [InlineData("/out/..%2f..%2foutside%2fsecret.txt")]
    [InlineData("/out/%252e%252e/%252e%252e/outside/secret.txt")]
    [InlineData("/out/..\\..\\outside\\secret.txt")]
    [InlineData("/out/..%5c..%5coutside%5csecret.txt")]
    [InlineData("/out/%c0%ae%c0%ae/%c0%ae%c0%ae/outside/secret.txt")]
    [InlineData("/assets/../../outside/secret.txt")]
    [InlineData("/assets/..%2f..%2foutside%2fsecret.txt")]
    [InlineData("/brief/../outside/secret")]
    [InlineData("/brief/2024/..%2f..%2f..%2foutside%2fsecret")]
    [InlineData("/events/..%2f..%2foutside%2fsecret")]
    [InlineData("/out/2024/020.pdf")]         // an output that is a link to outside
    [InlineData("/out/2024/021.pdf")]         // a brief that is a link to outside
    [InlineData("/brief/2024/021")]
    [InlineData("/brief/2024/linked/secret")] // a folder that is a link to outside
    [InlineData("/out/2024/linked/secret.txt")]
    [InlineData("/out/2024/020.md")]          // a source, by its output's route
    [InlineData("/content/2024/020.md")]
    [InlineData("/out/2024/")]                // folders are not listed
    [InlineData("/out/")]
    [InlineData("/assets/")]
    [InlineData("/brief/2024")]
    public async Task A_path_out_of_the_served_folders_is_refused(string path)
    {
        var (status, body) = await RawGet(path);
        // 404, or 400 where Kestrel refuses the request line itself (an overlong UTF-8 dot, a backslash).
        Assert.True(status is 404 or 400, $"{path}: {status}");
        Assert.DoesNotContain(Secret, body);
    }

    [Fact]
    public async Task A_brief_linked_in_from_outside_is_not_listed()
    {
        var (status, body) = await RawGet("/api/briefs");
        Assert.Equal(200, status);
        Assert.Contains("2024/020", body);
        Assert.DoesNotContain("2024/021", body);
        Assert.DoesNotContain("linked", body);
    }

    [Fact]
    public async Task No_route_writes_and_the_sources_stay_as_they_were()
    {
        var before = workspace.Sources();
        foreach (var path in new[] { "/api/briefs", "/brief/2024/020", "/out/2024/020.docx", "/api/open" })
            foreach (var method in new[] { "POST", "PUT", "DELETE" })
                Assert.NotEqual(200, (await Raw($"{method} {path} HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{{}}")).Status);
        Assert.Equal(before.Keys.Order(), workspace.Sources().Keys.Order());
        foreach (var (file, bytes) in before) Assert.Equal(bytes, workspace.Sources()[file]);
    }

    [Fact]
    public void It_listens_on_the_loopback_only()
    {
        Assert.Equal(IPAddress.Loopback.ToString(), url.Host);
        var others = NetworkInterface.GetAllNetworkInterfaces().SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address).Where(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a)).ToList();
        foreach (var address in others)
        {
            using var client = new TcpClient();
            var refused = Assert.ThrowsAny<SocketException>(() => client.Connect(address, url.Port));
            Assert.Equal(SocketError.ConnectionRefused, refused.SocketErrorCode);
        }
    }

    /// <summary>A GET with the path sent byte for byte as given: no client library normalises it first.</summary>
    Task<(int Status, string Body)> RawGet(string path) => Raw($"GET {path} HTTP/1.1\r\nHost: {url.Authority}\r\nConnection: close\r\n\r\n");

    async Task<(int Status, string Body)> Raw(string request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(url.Host, url.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.UTF8.GetBytes(request));
        var response = await new StreamReader(stream, Encoding.UTF8).ReadToEndAsync();
        var status = int.Parse(response.Split(' ', 3)[1]);
        return (status, response);
    }

    public async Task DisposeAsync()
    {
        stop.Cancel();
        if (serving is not null) await serving;
        workspace.Dispose();
    }
}
