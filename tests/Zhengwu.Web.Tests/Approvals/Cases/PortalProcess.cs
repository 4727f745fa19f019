using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Zhengwu.Web.Tests.Approvals.Cases;

/// <summary>
/// The portal's built assembly run by <c>dotnet</c> as a child process on a loopback port, with the settings of a
/// test portal, so that a test can kill it with SIGKILL the way a crash or power cut ends a server.
/// </summary>
internal sealed class PortalProcess : IAsyncDisposable
{
    private static readonly TimeSpan s_startLimit = TimeSpan.FromSeconds(120);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private PortalProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        Client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false })
        {
            BaseAddress = address,
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    public Uri Address { get; }

    /// <summary>A client that keeps no cookies and follows no redirects, so requests carry cookies as headers.</summary>
    public HttpClient Client { get; }

    /// <summary>What the process wrote to standard output and error so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the portal with <paramref name="settings"/> plus <paramref name="extra"/> and waits until /readyz returns 200.</summary>
    public static async Task<PortalProcess> StartAsync(
        IReadOnlyDictionary<string, string?> settings,
        IReadOnlyDictionary<string, string?> extra)
    {
        var port = FreePort();
        var start = new ProcessStartInfo(DotnetHost(), [Path.Combine(AppContext.BaseDirectory, "Zhengwu.Web.dll")])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        foreach (var (key, value) in settings.Concat(extra))
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value ?? "";
        }

        var process = new Process { StartInfo = start };
        var portal = new PortalProcess(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, line) => portal.Append(line.Data);
        process.ErrorDataReceived += (_, line) => portal.Append(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await portal.WaitUntilReadyAsync();

        return portal;
    }

    /// <summary>Waits for <paramref name="path"/> to exist, failing when the process ends first.</summary>
    public async Task WaitForFileAsync(string path)
    {
        var deadline = DateTime.UtcNow + s_startLimit;
        while (!File.Exists(path))
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"The portal did not create {path}. Its output:\n{Output}");
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Ends the process at once with SIGKILL and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow + s_startLimit;
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                using var response = await Client.GetAsync("/readyz", TestContext.Current.CancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200, TestContext.Current.CancellationToken);
        }

        throw new InvalidOperationException($"The portal at {Address} did not become ready. Its output:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();

        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // The SDK sets DOTNET_HOST_PATH to the dotnet host that runs the tests. Elsewhere dotnet comes from the PATH.
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
