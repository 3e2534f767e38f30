using BriefingBot.Dialogs.Replies;
using BriefingBot.Dialogs.Routing;
using BriefingBot.Dialogs.State;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Dialogs;

/// <summary>
/// The fallback: says plainly, on one line, that the briefing does not cover the question, then offers the stories
/// closest to it (<see cref="ClosestStories"/>; the newest when none is close) with their dates, and questions about them
/// the bot can answer, with how to list every story.
/// </summary>
public sealed class RefusalDialog : IBriefingDialog
{
    private const int StoriesOffered = 3;
    // A question the topics dialog answers with every story.
    private const string ListQuestion = "what does the briefing cover?";
    private readonly IBriefingKnowledge _knowledge;
    private readonly SuggestionMaker _suggestions;
    private readonly ClosestStories _closest;

    /// <summary>Creates the dialog.</summary>
    public RefusalDialog(IBriefingKnowledge knowledge, SuggestionMaker suggestions, ClosestStories closest)
    {
        _knowledge = knowledge;
        _suggestions = suggestions;
        _closest = closest;
    }

    /// <inheritdoc />
    public string Name => "refusal";

    /// <inheritdoc />
    public bool CanHandle(UnderstoodMessage message, ConversationMemory memory) => true;

    /// <inheritdoc />
    public BotReply? Handle(UnderstoodMessage message, ConversationMemory memory)
    {
        var total = _knowledge.Articles.Count;
        var closest = total <= StoriesOffered ? Array.Empty<Article>() : _closest.To(message, StoriesOffered);
        var offered = closest.Count > 0 ? closest : _knowledge.Articles.Take(StoriesOffered).ToList();
        var intro = total <= StoriesOffered ? (total == 1 ? "It covers one article:" : $"It covers {total} articles:")
            : closest.Count > 0 ? $"The closest of its {total} articles:" : $"The newest of its {total} articles:";
        var suggestions = _suggestions.Suggest(exclude: message.AllEntityIds, articleIds: offered.Select(a => a.Id).ToList());
        var asks = suggestions.Select(q => $"\u201C{q}\u201D").ToList();
        if (total > StoriesOffered) asks.Add($"\u201C{ListQuestion}\u201D to list all {total}");
        return new BotReply(ReplyKind.Refusal, $"Sorry, the briefing does not cover that, so I won't guess. {intro}")
        {
            Details = offered.Select(a => $"{a.Title} ({ReplyFormatter.Date(a.Published)})").ToList(),
            Footer = asks.Count == 0 ? null : $"You could ask {Listed(asks)}.",
            SuggestedActions = suggestions,
        };
    }

    // "a, b or c"
    private static string Listed(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : $"{string.Join(", ", items.Take(items.Count - 1))} or {items[^1]}";
}
