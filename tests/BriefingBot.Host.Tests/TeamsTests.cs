using System.Text.Json.Nodes;
using BriefingBot.Host.Tests.Infrastructure;

namespace BriefingBot.Host.Tests;

/// <summary>Teams-shaped activities through the real host: in team and group chats the bot's @mention is removed first.</summary>
public sealed class TeamsTests : IAsyncLifetime
{
    private const string BotId = "28:00000000-0000-0000-0000-0000000000b0";
    private RunningBot _bot = null!;

    public async Task InitializeAsync() => _bot = await RunningBot.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("channel", "when did the Mosul battle begin?")]
    [InlineData("groupChat", "when did the Mosul battle begin?")]
    [InlineData("channel", "What is the weather in Baghdad?")]
    public async Task A_question_with_the_bots_mention_gets_the_same_reply_as_without_it(string conversationType, string question)
    {
        var withMention = TeamsMessage($"<at>BriefingBot</at> {question}", conversationType, "19:with-mention@thread.tacv2", mentionsBot: true);
        var plain = TeamsMessage(question, conversationType, "19:plain@thread.tacv2", mentionsBot: false);

        var mentionedReplies = await _bot.PostForRepliesAsync(withMention);
        var plainReplies = await _bot.PostForRepliesAsync(plain);

        Assert.NotEmpty(plainReplies);
        Assert.Equal(Contents(plainReplies), Contents(mentionedReplies));
        Assert.DoesNotContain("<at>", string.Join("\n", Contents(mentionedReplies)));
    }

    [Fact]
    public async Task A_person_added_to_a_team_gets_the_welcome()
    {
        var added = Activities.MembersAdded("19:team-welcome@thread.tacv2", "29:new-colleague");
        added["channelId"] = "msteams";
        added["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "BriefingBot" };

        var replies = await _bot.PostForRepliesAsync(added);

        Assert.Contains("briefing", (string?)Assert.Single(replies)["text"], StringComparison.OrdinalIgnoreCase);
    }

    // What a reader sees: the text and the cards, not ids or timestamps.
    private static IReadOnlyList<string> Contents(IEnumerable<JsonObject> replies)
        => replies.Select(r => $"{r["text"]}|{r["attachments"]?.ToJsonString()}").ToList();

    private static JsonObject TeamsMessage(string text, string conversationType, string conversationId, bool mentionsBot)
    {
        var activity = Activities.Message(text, conversationId, userId: "29:staff-member");
        activity["channelId"] = "msteams";
        activity["serviceUrl"] = "https://smba.trafficmanager.net/emea/";
        activity["from"] = new JsonObject { ["id"] = "29:staff-member", ["name"] = "Staff Member", ["aadObjectId"] = Guid.NewGuid().ToString() };
        activity["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "BriefingBot" };
        activity["conversation"] = new JsonObject
        {
            ["id"] = conversationId, ["conversationType"] = conversationType, ["isGroup"] = true, ["tenantId"] = "tenant-1",
        };
        activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } };
        activity["textFormat"] = "plain";
        if (mentionsBot)
        {
            activity["entities"] = new JsonArray(new JsonObject
            {
                ["type"] = "mention",
                ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = "BriefingBot" },
                ["text"] = "<at>BriefingBot</at>",
            });
        }

        return activity;
    }
}
