using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace BriefingBot.Http;

/// <summary>
/// The fields every channel sends and the bot cannot work without. An activity missing one of them is the
/// sender's error (400), not something to discover half-way through a turn.
/// </summary>
public static class ActivityShape
{
    /// <summary>What is wrong with the activity, or null when it can be processed.</summary>
    public static string? Problem(Activity? activity)
    {
        if (activity == null) return "The body is not a Bot Framework activity (a JSON object).";
        if (string.IsNullOrWhiteSpace(activity.Type)) return "The activity has no type.";
        if (string.IsNullOrWhiteSpace(activity.ChannelId)) return "The activity has no channelId.";
        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id)) return "The activity has no conversation.id.";
        if (string.IsNullOrWhiteSpace(activity.From?.Id)) return "The activity has no from.id.";
        if (!IsHttpUrl(activity.ServiceUrl)) return "The activity has no absolute http(s) serviceUrl.";
        if (HasMemberWithoutId(activity.MembersAdded)) return "membersAdded lists a member without an id.";
        if (HasMemberWithoutId(activity.MembersRemoved)) return "membersRemoved lists a member without an id.";
        if (activity.Attachments?.Any(a => a == null) == true) return "attachments has an empty entry.";
        if (activity.Entities?.Any(e => e == null) == true) return "entities has an empty entry.";
        if (activity.Entities?.Any(IsMentionWithoutWhom) == true) return "A mention entity does not say who is mentioned (mentioned.id).";
        return null;
    }

    // The SDK's RemoveRecipientMention reads mentioned.id of every mention.
    private static bool IsMentionWithoutWhom(Entity entity)
        => string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase)
           && !(entity.Properties?["mentioned"] is JObject mentioned
                && mentioned["id"] is JValue { Type: JTokenType.String } id && !string.IsNullOrWhiteSpace((string?)id));

    private static bool HasMemberWithoutId(IList<ChannelAccount>? members)
        => members?.Any(m => string.IsNullOrWhiteSpace(m?.Id)) == true;

    private static bool IsHttpUrl(string? url)
        => Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
