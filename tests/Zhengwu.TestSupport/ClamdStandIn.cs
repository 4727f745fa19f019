using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Zhengwu.TestSupport;

/// <summary>
/// A loopback server that speaks the ClamAV daemon's INSTREAM command, for machines without clamd and its signature
/// database. It reports a file as infected when it contains the EICAR test string, and keeps every stream it received.
/// </summary>
public sealed class ClamdStandIn : IAsyncDisposable
{
    public const string EicarSignature = "Win.Test.EICAR_HDB-1";

    /// <summary>The 68-character EICAR test string, a harmless file made for anti-malware scanners to detect.</summary>
    public static readonly string Eicar = @"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    private readonly Socket _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private readonly bool _silent;
    private readonly List<byte[]> _streams = [];

    private ClamdStandIn(Socket listener, string address, bool silent)
    {
        _listener = listener;
        _silent = silent;
        Address = address;
        _accepting = AcceptAsync();
    }

    /// <summary>The address in the form the scanner settings take.</summary>
    public string Address { get; }

    /// <summary>The contents of every completed stream, in the order they arrived.</summary>
    public IReadOnlyList<byte[]> Streams
    {
        get
        {
            lock (_streams)
            {
                return [.. _streams];
            }
        }
    }

    /// <summary>Starts listening on a free loopback TCP port; a silent server reads the stream and never replies.</summary>
    public static ClamdStandIn StartTcp(bool silent = false)
    {
        var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen();

        return new ClamdStandIn(listener, $"tcp://127.0.0.1:{((IPEndPoint)listener.LocalEndPoint!).Port}", silent);
    }

    /// <summary>Starts listening on a Unix domain socket at <paramref name="path"/>.</summary>
    public static ClamdStandIn StartUnix(string path)
    {
        var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new UnixDomainSocketEndPoint(path));
        listener.Listen();

        return new ClamdStandIn(listener, "unix:" + path, silent: false);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Dispose();
        try
        {
            await _accepting;
        }
        catch (OperationCanceledException)
        {
            // Stopped while waiting for a connection.
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var connection = await _listener.AcceptAsync(_stop.Token);
            _ = ServeAsync(connection);
        }
    }

    private async Task ServeAsync(Socket connection)
    {
        using (connection)
        await using (var stream = new NetworkStream(connection, ownsSocket: false))
        {
            var command = new byte["zINSTREAM\0".Length];
            await stream.ReadExactlyAsync(command, _stop.Token);
            if (Encoding.ASCII.GetString(command) != "zINSTREAM\0")
            {
                await stream.WriteAsync("UNKNOWN COMMAND\0"u8.ToArray(), _stop.Token);

                return;
            }

            using var received = new MemoryStream();
            var length = new byte[4];
            while (true)
            {
                await stream.ReadExactlyAsync(length, _stop.Token);
                var size = BinaryPrimitives.ReadInt32BigEndian(length);
                if (size == 0)
                {
                    break;
                }

                var chunk = new byte[size];
                await stream.ReadExactlyAsync(chunk, _stop.Token);
                received.Write(chunk);
            }

            var content = received.ToArray();
            lock (_streams)
            {
                _streams.Add(content);
            }

            if (_silent)
            {
                await Task.Delay(Timeout.Infinite, _stop.Token);
            }

            var infected = Encoding.ASCII.GetString(content).Contains(Eicar, StringComparison.Ordinal);
            var reply = infected ? $"stream: {EicarSignature} FOUND\0" : "stream: OK\0";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(reply), _stop.Token);
        }
    }
}
