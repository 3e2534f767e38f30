using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace BriefingBot.Host.Tests.Infrastructure;

/// <summary>
/// The host in a process of its own (the built BriefingBot.dll next to the tests), on a free loopback port,
/// for what one process cannot show: two hosts sharing one store file.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;

    private HostProcess(Process process, Uri address)
    {
        _process = process;
        Http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>A client whose base address is the host.</summary>
    public HttpClient Http { get; }

    /// <summary>Starts the host with the given configuration and waits until it listens.</summary>
    public static async Task<HostProcess> StartAsync(params (string Key, string Value)[] settings)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "BriefingBot.dll"));
        foreach (var (key, value) in settings.Prepend(("urls", "http://127.0.0.1:0")).Append(("Logging:LogLevel:Microsoft.Hosting.Lifetime", "Information")))
        {
            start.ArgumentList.Add($"--{key}");
            start.ArgumentList.Add(value);
        }

        start.WorkingDirectory = AppContext.BaseDirectory;
        var process = Process.Start(start)!;
        _ = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await process.StandardOutput.ReadLineAsync(deadline.Token) is { } line)
        {
            var at = line.IndexOf("Now listening on: ", StringComparison.Ordinal);
            if (at < 0) continue;
            _ = DrainAsync(process.StandardOutput);
            return new HostProcess(process, new Uri(line[(at + "Now listening on: ".Length)..].Trim()));
        }

        process.Kill(entireProcessTree: true);
        throw new InvalidOperationException($"The host process exited with {process.ExitCode} before listening.");
    }

    /// <summary>Posts a message with expectReplies and returns the replies.</summary>
    public async Task<IReadOnlyList<JsonObject>> AskAsync(string text, string conversationId)
    {
        var activity = Activities.Message(text, conversationId);
        activity["deliveryMode"] = "expectReplies";
        using var response = await Http.PostAsJsonAsync("/api/messages", activity);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray().Select(a => a!.AsObject()).ToList();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private static async Task DrainAsync(StreamReader output)
    {
        while (await output.ReadLineAsync() is not null)
        {
        }
    }
}
