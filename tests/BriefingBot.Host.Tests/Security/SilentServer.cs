using System.Net;
using System.Net.Sockets;

namespace BriefingBot.Host.Tests.Security;

/// <summary>A loopback TCP server that accepts connections and never answers (not even the TLS handshake): an unreachable key server.</summary>
public sealed class SilentServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly List<TcpClient> _held = [];
    private readonly CancellationTokenSource _stop = new();

    public SilentServer()
    {
        _listener.Start();
        _ = HoldConnectionsAsync();
    }

    /// <summary>How many connections it has accepted (and left unanswered).</summary>
    public int Connections
    {
        get { lock (_held) return _held.Count; }
    }

    public string Url(string path) => $"https://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}{path}";

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        lock (_held) _held.ForEach(c => c.Dispose());
    }

    private async Task HoldConnectionsAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                lock (_held) _held.Add(client);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }
    }
}
