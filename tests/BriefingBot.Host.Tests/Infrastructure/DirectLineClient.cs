using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace BriefingBot.Host.Tests.Infrastructure;

/// <summary>A minimal Direct Line 3.0 client, the calls Web Chat makes with <c>webSocket: false</c>.</summary>
public sealed class DirectLineClient
{
    private readonly HttpClient _http;

    /// <summary>Creates a client over the running host's HTTP client.</summary>
    public DirectLineClient(HttpClient http) => _http = http;

    /// <summary>The conversation the last <see cref="StartConversationAsync"/> opened.</summary>
    public string ConversationId { get; private set; } = "";

    /// <summary>The bearer sent with each call (secret or token), or null for none.</summary>
    public string? Bearer { get; set; }

    /// <summary>POST /v3/directline/tokens/generate.</summary>
    public Task<HttpResponseMessage> GenerateTokenAsync() => SendAsync(HttpMethod.Post, "tokens/generate");

    /// <summary>POST /v3/directline/tokens/refresh.</summary>
    public Task<HttpResponseMessage> RefreshTokenAsync() => SendAsync(HttpMethod.Post, "tokens/refresh");

    /// <summary>POST /v3/directline/conversations; remembers the conversation id and token on success.</summary>
    public async Task<HttpResponseMessage> StartConversationAsync()
    {
        var response = await SendAsync(HttpMethod.Post, "conversations");
        if (response.IsSuccessStatusCode)
        {
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            ConversationId = (string)body["conversationId"]!;
        }

        return response;
    }

    /// <summary>POST an activity to the current (or given) conversation.</summary>
    public Task<HttpResponseMessage> PostAsync(JsonObject activity, string? conversationId = null)
        => SendAsync(HttpMethod.Post, $"conversations/{conversationId ?? ConversationId}/activities", JsonContent.Create(activity));

    /// <summary>POST a message from <paramref name="userId"/>; fails the test unless accepted.</summary>
    public async Task SayAsync(string text, string userId = "web-user")
    {
        using var response = await PostAsync(Message(text, userId));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>GET activities from a watermark; returns the activities and the next watermark.</summary>
    public async Task<(IReadOnlyList<JsonObject> Activities, string Watermark)> GetActivitiesAsync(string? watermark = null)
    {
        using var response = await SendAsync(HttpMethod.Get, $"conversations/{ConversationId}/activities?watermark={watermark}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var activities = body["activities"]!.AsArray().Select(a => a!.AsObject()).ToList();
        return (activities, (string)body["watermark"]!);
    }

    /// <summary>Any call, with the current bearer.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string relativePath, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, "/v3/directline/" + relativePath) { Content = content };
        if (Bearer is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Bearer);
        return _http.SendAsync(request);
    }

    /// <summary>A message as Web Chat posts it.</summary>
    public static JsonObject Message(string text, string userId = "web-user") => new()
    {
        ["type"] = "message",
        ["text"] = text,
        ["from"] = new JsonObject { ["id"] = userId, ["name"] = "You", ["role"] = "user" },
        ["locale"] = "en-US",
        ["channelData"] = new JsonObject { ["clientActivityID"] = Guid.NewGuid().ToString("N") },
    };

    /// <summary>The event the page sends when it connects.</summary>
    public static JsonObject Join(string userId = "web-user") => new()
    {
        ["type"] = "event",
        ["name"] = "webchat/join",
        ["from"] = new JsonObject { ["id"] = userId, ["role"] = "user" },
    };
}
