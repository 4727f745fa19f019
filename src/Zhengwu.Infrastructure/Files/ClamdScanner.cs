using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Zhengwu.Infrastructure.Files;

/// <summary>
/// Scans files with the ClamAV daemon's INSTREAM command: the file goes over the socket in length-prefixed chunks
/// and clamd replies "stream: OK" or "stream: NAME FOUND". The daemon needs no access to the portal's files.
/// </summary>
public sealed partial class ClamdScanner(IOptions<MalwareScannerOptions> options, ILogger<ClamdScanner> logger) : IMalwareScanner
{
    private const int ChunkSize = 64 * 1024;
    private const string UnixPrefix = "unix:";
    private const string TcpPrefix = "tcp://";

    public async Task<MalwareScanVerdict> ScanAsync(string path, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(settings.TimeoutSeconds));
        try
        {
            var verdict = Interpret(await ExchangeAsync(settings.Address, path, timeout.Token));
            switch (verdict)
            {
                case MalwareScanVerdict.Infected infected:
                    LogInfected(Path.GetFileName(path), infected.Signature);
                    break;
                case MalwareScanVerdict.Failed failed:
                    LogFailed(null, settings.Address, failed.Reason);
                    break;
            }

            return verdict;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailed(null, settings.Address, "timed out");

            return new MalwareScanVerdict.Failed($"timed out after {settings.TimeoutSeconds} s");
        }
        catch (Exception exception) when (exception is SocketException or IOException)
        {
            LogFailed(exception, settings.Address, exception.Message);

            return new MalwareScanVerdict.Failed(exception.Message);
        }
    }

    /// <summary>Returns the endpoint of an address in the form unix:PATH or tcp://HOST:PORT, or null when it is neither.</summary>
    public static EndPoint? ParseAddress(string address)
    {
        if (address.StartsWith(UnixPrefix, StringComparison.Ordinal) && address.Length > UnixPrefix.Length)
        {
            return new UnixDomainSocketEndPoint(address[UnixPrefix.Length..]);
        }

        if (address.StartsWith(TcpPrefix, StringComparison.Ordinal)
            && Uri.TryCreate("http://" + address[TcpPrefix.Length..], UriKind.Absolute, out var uri)
            && !uri.IsDefaultPort
            && uri.AbsolutePath == "/")
        {
            return IPAddress.TryParse(uri.Host, out var ip) ? new IPEndPoint(ip, uri.Port) : new DnsEndPoint(uri.Host, uri.Port);
        }

        return null;
    }

    private static MalwareScanVerdict Interpret(string reply)
    {
        const string StreamPrefix = "stream: ";
        const string FoundSuffix = " FOUND";
        var text = reply.TrimEnd('\0', '\n');
        if (text == StreamPrefix + "OK")
        {
            return new MalwareScanVerdict.Clean();
        }

        return text.StartsWith(StreamPrefix, StringComparison.Ordinal) && text.EndsWith(FoundSuffix, StringComparison.Ordinal)
            ? new MalwareScanVerdict.Infected(text[StreamPrefix.Length..^FoundSuffix.Length])
            : new MalwareScanVerdict.Failed($"clamd replied \"{text}\"");
    }

    private static async Task<string> ExchangeAsync(string address, string path, CancellationToken cancellationToken)
    {
        var endpoint = ParseAddress(address) ?? throw new IOException($"The clamd address \"{address}\" is invalid.");
        using var socket = endpoint is UnixDomainSocketEndPoint
            ? new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified)
            : new Socket(SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(endpoint, cancellationToken);
        await using var stream = new NetworkStream(socket, ownsSocket: false);

        await stream.WriteAsync("zINSTREAM\0"u8.ToArray(), cancellationToken);
        await using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, ChunkSize, useAsync: true))
        {
            var buffer = new byte[4 + ChunkSize];
            int read;
            while ((read = await file.ReadAsync(buffer.AsMemory(4, ChunkSize), cancellationToken)) > 0)
            {
                BinaryPrimitives.WriteInt32BigEndian(buffer, read);
                await stream.WriteAsync(buffer.AsMemory(0, 4 + read), cancellationToken);
            }
        }

        await stream.WriteAsync(new byte[4], cancellationToken);
        await stream.FlushAsync(cancellationToken);

        // The reply ends with a NUL byte, and clamd closes the connection after it.
        using var reply = new MemoryStream();
        var chunk = new byte[256];
        int count;
        while ((count = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            reply.Write(chunk, 0, count);
            if (Array.IndexOf(chunk, (byte)0, 0, count) >= 0)
            {
                break;
            }
        }

        return Encoding.UTF8.GetString(reply.ToArray());
    }

    [LoggerMessage(EventId = 7202, Level = LogLevel.Warning, Message = "Upload {TemporaryName} rejected: clamd found {Signature}")]
    private partial void LogInfected(string temporaryName, string signature);

    [LoggerMessage(EventId = 7201, Level = LogLevel.Error, Message = "Malware scan through clamd at {Address} failed: {Reason}")]
    private partial void LogFailed(Exception? exception, string address, string reason);
}
