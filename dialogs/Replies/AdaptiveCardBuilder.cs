using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace BriefingBot.Dialogs.Replies;

/// <summary>
/// Builds the Adaptive Card (schema 1.5) of a reply as JSON: the answer, its details and footer, then each source sentence with its
/// article and date. Built by hand because the AdaptiveCards package is not available (see README).
/// </summary>
public static class AdaptiveCardBuilder
{
    /// <summary>The content type channels recognise as an Adaptive Card.</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The reply as an attachment.</summary>
    public static Attachment Build(BotReply reply) => new() { ContentType = ContentType, Content = Card(reply) };

    /// <summary>The card JSON.</summary>
    public static JObject Card(BotReply reply)
    {
        var body = new JArray { TextBlock(reply.Headline, weight: "Bolder", size: "Medium") };
        foreach (var detail in reply.Details) body.Add(TextBlock("\u2022 " + detail));
        if (!string.IsNullOrEmpty(reply.Footer)) body.Add(TextBlock(reply.Footer, subtle: true));
        foreach (var citation in reply.Citations) body.Add(Source(citation));
        return new JObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["fallbackText"] = ReplyFormatter.ToText(reply),
            ["speak"] = reply.Headline,
            ["body"] = body,
        };
    }

    private static JObject Source(Citation citation) => new()
    {
        ["type"] = "Container",
        ["style"] = "emphasis",
        ["spacing"] = "Medium",
        ["items"] = new JArray
        {
            TextBlock($"\u201C{citation.Sentence}\u201D", italic: true),
            TextBlock(ReplyFormatter.Source(citation), size: "Small", subtle: true),
        },
    };

    private static JObject TextBlock(string text, string? weight = null, string? size = null, bool subtle = false, bool italic = false)
    {
        var block = new JObject { ["type"] = "TextBlock", ["text"] = MarkdownEscaper.Escape(text, italic), ["wrap"] = true };
        if (weight is not null) block["weight"] = weight;
        if (size is not null) block["size"] = size;
        if (subtle) block["isSubtle"] = true;
        return block;
    }
}
