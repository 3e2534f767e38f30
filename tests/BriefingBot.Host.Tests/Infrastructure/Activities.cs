using System.Text.Json.Nodes;

namespace BriefingBot.Host.Tests.Infrastructure;

/// <summary>Bot Framework activities as a channel sends them, built as JSON.</summary>
public static class Activities
{
    /// <summary>A message from a user in the Emulator channel.</summary>
    public static JsonObject Message(string text, string conversationId = "conv-1", string userId = "user-1") => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("o"),
        ["channelId"] = "emulator",
        ["serviceUrl"] = "http://127.0.0.1:9",
        ["from"] = new JsonObject { ["id"] = userId, ["name"] = "Tester" },
        ["recipient"] = new JsonObject { ["id"] = "briefingbot", ["name"] = "BriefingBot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["text"] = text,
        ["locale"] = "en-US",
    };

    /// <summary>A conversationUpdate that adds the given member ids.</summary>
    public static JsonObject MembersAdded(string conversationId, params string[] memberIds) => new()
    {
        ["type"] = "conversationUpdate",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["channelId"] = "emulator",
        ["serviceUrl"] = "http://127.0.0.1:9",
        ["from"] = new JsonObject { ["id"] = "user-1" },
        ["recipient"] = new JsonObject { ["id"] = "briefingbot", ["name"] = "BriefingBot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["membersAdded"] = new JsonArray(memberIds.Select(id => (JsonNode)new JsonObject { ["id"] = id }).ToArray()),
    };
}
