using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Host.Tests.Infrastructure;

/// <summary>
/// Plays the Bot Framework Emulator's channel side: a real HTTP listener on a free loopback port that accepts the
/// bot's outgoing Connector calls (<c>POST /v3/conversations/{id}/activities[/{replyToId}]</c>) and records them.
/// </summary>
public sealed class EmulatorListener : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly BlockingCollection<ReceivedActivity> _received = new();

    private EmulatorListener(WebApplication app) => _app = app;

    /// <summary>The listener's address, to send as the activity's <c>serviceUrl</c>.</summary>
    public string ServiceUrl { get; private set; } = "";

    /// <summary>Starts the listener.</summary>
    public static async Task<EmulatorListener> StartAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var listener = new EmulatorListener(builder.Build());
        listener._app.MapPost("/v3/conversations/{conversationId}/activities/{**activityId}", listener.RecordAsync);
        listener._app.MapPost("/v3/conversations/{conversationId}/activities", listener.RecordAsync);
        await listener._app.StartAsync();
        var address = listener._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        listener.ServiceUrl = address.TrimEnd('/') + "/";
        return listener;
    }

    /// <summary>The next activity the bot sent, waiting up to <paramref name="timeout"/>; fails the test if none came.</summary>
    public ReceivedActivity Next(TimeSpan timeout)
        => _received.TryTake(out var received, timeout) ? received : throw new TimeoutException($"The bot sent nothing within {timeout}.");

    private async Task<IResult> RecordAsync(HttpRequest request)
    {
        var body = JsonNode.Parse(await new StreamReader(request.Body).ReadToEndAsync())!.AsObject();
        _received.Add(new ReceivedActivity(request.Path.Value!, request.Headers.Authorization.ToString(), body));
        return Results.Json(new { id = Guid.NewGuid().ToString("N") });
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _received.Dispose();
    }
}

/// <summary>One Connector call the bot made: its decoded path, Authorization header and activity.</summary>
public sealed record ReceivedActivity(string Path, string Authorization, JsonObject Activity);
