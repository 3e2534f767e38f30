using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace BriefingBot.DirectLine;

/// <summary>Posting an activity (echoed, then run through the bot, replies stored) and polling by watermark.</summary>
public static class DirectLineActivityEndpoints
{
    /// <summary><c>POST .../conversations/{id}/activities</c>: returns <c>{"id": ...}</c> once the bot has replied.</summary>
    public static async Task<IResult> PostActivityAsync(string conversationId, HttpRequest request, DirectLineAccess access,
        DirectLineConversations conversations, DirectLineBotBridge bridge, IBot bot, IOptions<DirectLineOptions> options, TimeProvider clock)
    {
        var (conversation, denied) = Resolve(conversationId, request, access, conversations);
        if (conversation is null) return denied!;
        var (activity, invalid) = await DirectLineActivityReader.ReadAsync(request, options.Value.MaxActivityBytes);
        if (activity is null) return invalid!;

        Stamp(activity, conversation.Id, request, options.Value, clock.GetUtcNow());
        // The turn is not tied to the HTTP request: a client that goes away must not leave a half-answered question.
        await conversation.TurnLock.WaitAsync(CancellationToken.None);
        try
        {
            activity.Id = conversation.Append(Copy(activity));
            foreach (var reply in await bridge.RunTurnAsync(activity, bot, CancellationToken.None))
            {
                if (reply.Type == ActivityTypes.Trace) continue;
                reply.Timestamp ??= clock.GetUtcNow();
                conversation.Append(reply);
            }
        }
        finally
        {
            conversation.TurnLock.Release();
        }

        return DirectLineResults.Json(new { id = activity.Id });
    }

    /// <summary><c>GET .../conversations/{id}/activities?watermark=N</c>: the activities from position N on.</summary>
    public static IResult GetActivities(string conversationId, string? watermark, HttpRequest request,
        DirectLineAccess access, DirectLineConversations conversations)
    {
        var (conversation, denied) = Resolve(conversationId, request, access, conversations);
        if (conversation is null) return denied!;
        long from = 0;
        if (!string.IsNullOrEmpty(watermark) && (!long.TryParse(watermark, out from) || from < 0))
        {
            return DirectLineResults.Error(StatusCodes.Status400BadRequest, "BadArgument", "The watermark must be a number from an earlier response.");
        }

        var (activities, next) = conversation.ReadFrom(from);
        return DirectLineResults.Json(new { activities, watermark = next.ToString(System.Globalization.CultureInfo.InvariantCulture) });
    }

    private static (DirectLineConversation? Conversation, IResult? Denied) Resolve(
        string conversationId, HttpRequest request, DirectLineAccess access, DirectLineConversations conversations)
    {
        var grant = access.Authorize(request);
        if (grant is null) return (null, DirectLineResults.Unauthorized());
        if (!grant.Allows(conversationId)) return (null, DirectLineResults.Forbidden());
        var conversation = conversations.Find(conversationId);
        return conversation is null ? (null, DirectLineResults.UnknownConversation(conversationId)) : (conversation, null);
    }

    // The channel, not the client, decides routing fields: who the bot is, which conversation, when it arrived.
    private static void Stamp(Activity activity, string conversationId, HttpRequest request, DirectLineOptions options, DateTimeOffset now)
    {
        activity.ChannelId = "directline";
        activity.ServiceUrl = $"{request.Scheme}://{request.Host}/";
        activity.Conversation = new ConversationAccount(id: conversationId);
        activity.Recipient = new ChannelAccount(options.BotId, options.BotName, "bot");
        activity.From = new ChannelAccount(string.IsNullOrWhiteSpace(activity.From?.Id) ? "user" : activity.From.Id, activity.From?.Name, "user");
        activity.Timestamp = now;
        activity.DeliveryMode = null;
    }

    private static Activity Copy(Activity activity)
        => JsonConvert.DeserializeObject<Activity>(JsonConvert.SerializeObject(activity, DirectLineResults.Settings), DirectLineResults.Settings)!;
}
