using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Host.Tests.Infrastructure;

/// <summary>The real host on Kestrel, on a free loopback port, with an HTTP client pointed at it.</summary>
public sealed class RunningBot : IAsyncDisposable
{
    // Hosts start one at a time: building or loading the knowledge store uses LiteDB's global BsonMapper,
    // whose first-time type mapping is not thread-safe ("Collection was modified" when two hosts in this
    // process build at once, e.g. on a clean clone). One host per process, as in production, never meets it.
    private static readonly SemaphoreSlim StartGate = new(1, 1);

    private readonly WebApplication _app;
    private readonly string _ownStateFolder;

    private RunningBot(WebApplication app, Uri address, string ownStateFolder)
    {
        _app = app;
        _ownStateFolder = ownStateFolder;
        Address = address;
        Http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>Where the host listens.</summary>
    public Uri Address { get; }

    /// <summary>A client whose base address is the host.</summary>
    public HttpClient Http { get; }

    /// <summary>The host's services, for tests that inspect state.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>
    /// Starts the host with extra configuration (key=value pairs as command-line options). Unless given,
    /// <c>State:StorePath</c> and <c>Knowledge:StorePath</c> are fresh temporary files deleted on dispose.
    /// </summary>
    public static Task<RunningBot> StartAsync(params (string Key, string Value)[] settings) => StartAsync(null, settings);

    /// <summary>Starts the host as <see cref="StartAsync((string Key, string Value)[])"/> does, with service overrides (e.g. another <c>IBot</c>).</summary>
    public static async Task<RunningBot> StartAsync(Action<IServiceCollection>? overrideServices, params (string Key, string Value)[] settings)
    {
        // Each host gets its own folder for the stores it is not given, so hosts never share a file by accident.
        var ownStateFolder = Path.Combine(Path.GetTempPath(), "briefingbot-tests", Guid.NewGuid().ToString("N"));
        if (!settings.Any(s => s.Key == "State:StorePath")) settings = [.. settings, ("State:StorePath", Path.Combine(ownStateFolder, "state.db"))];
        if (!settings.Any(s => s.Key == "Knowledge:StorePath")) settings = [.. settings, ("Knowledge:StorePath", Path.Combine(ownStateFolder, "briefing.db"))];

        var args = new List<string> { "--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default", "Warning" };

        foreach (var (key, value) in settings)
        {
            args.Add($"--{key}");
            args.Add(value);
        }

        WebApplication app;
        await StartGate.WaitAsync();
        try
        {
            app = BriefingBotHost.Build(args.ToArray(), overrideServices);
            await app.StartAsync();
        }
        finally
        {
            StartGate.Release();
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningBot(app, new Uri(address), ownStateFolder);
    }

    /// <summary>Posts a message with deliveryMode expectReplies and returns the reply activities.</summary>
    public async Task<IReadOnlyList<JsonObject>> AskAsync(string text, string conversationId = "conv-1", string userId = "user-1")
    {
        var activity = Activities.Message(text, conversationId, userId);
        return await PostForRepliesAsync(activity);
    }

    /// <summary>Posts any activity JSON with expectReplies set and returns the replies.</summary>
    public async Task<IReadOnlyList<JsonObject>> PostForRepliesAsync(JsonObject activity)
    {
        activity["deliveryMode"] = "expectReplies";
        using var response = await Http.PostAsJsonAsync("/api/messages", activity);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsStringAsync();
        if (string.IsNullOrWhiteSpace(body))
        {
            return Array.Empty<JsonObject>();
        }

        var replies = JsonNode.Parse(body)!["activities"]!.AsArray();
        return replies.Select(r => r!.AsObject()).ToList();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (Directory.Exists(_ownStateFolder))
        {
            Directory.Delete(_ownStateFolder, recursive: true);
        }
    }
}
