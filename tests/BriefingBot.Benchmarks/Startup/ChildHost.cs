using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace BriefingBot.Benchmarks.Startup;

/// <summary>The built host run as a child process (<c>dotnet BriefingBot.dll</c>) on a free loopback port; killed on dispose.</summary>
public sealed class ChildHost : IDisposable
{
    private readonly Process _process;

    private ChildHost(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    /// <summary>Where the child listens.</summary>
    public Uri Address { get; }

    /// <summary>True while the child runs.</summary>
    public bool Running => !_process.HasExited;

    /// <summary>Starts <paramref name="hostDll"/> with the articles folder and store file given.</summary>
    public static ChildHost Start(string hostDll, string articlesPath, string storePath)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(hostDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { hostDll, "--urls", address.ToString(), "--Knowledge:ArticlesPath", articlesPath,
                     "--Knowledge:StorePath", storePath, "--Logging:LogLevel:Default", "Warning" }) start.ArgumentList.Add(arg);
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"[child] {e.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ChildHost(process, address);
    }

    /// <summary>Peak resident set size (VmHWM from /proc) in MB; null off Linux.</summary>
    public double? PeakRssMb()
    {
        var status = $"/proc/{_process.Id}/status";
        if (!File.Exists(status)) return null;
        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
