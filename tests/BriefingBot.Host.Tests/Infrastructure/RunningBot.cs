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
    private readonly WebApplication _app;

    private RunningBot(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>Where the host listens.</summary>
    public Uri Address { get; }

    /// <summary>A client whose base address is the host.</summary>
    public HttpClient Http { get; }

    /// <summary>The host's services, for tests that inspect state.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Starts the host with extra configuration (key=value pairs as command-line options).</summary>
    public static Task<RunningBot> StartAsync(params (string Key, string Value)[] settings) => StartAsync(null, settings);

    /// <summary>Starts the host with extra configuration and service overrides (e.g. another <c>IBot</c>).</summary>
    public static async Task<RunningBot> StartAsync(Action<IServiceCollection>? overrideServices, params (string Key, string Value)[] settings)
    {
        var args = new List<string> { "--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default", "Warning" };
        if (settings.All(s => s.Key != "Knowledge:StorePath"))
        {
            // Each host gets its own store file, so hosts started by tests in parallel never share one.
            args.AddRange(new[] { "--Knowledge:StorePath", Path.Combine(Path.GetTempPath(), $"briefingbot-host-{Guid.NewGuid():N}.db") });
        }

        foreach (var (key, value) in settings)
        {
            args.Add($"--{key}");
            args.Add(value);
        }

        var app = BriefingBotHost.Build(args.ToArray(), overrideServices);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningBot(app, new Uri(address));
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
    }
}
