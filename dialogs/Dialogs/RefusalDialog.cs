using BriefingBot.Dialogs.Replies;
using BriefingBot.Dialogs.Routing;
using BriefingBot.Dialogs.State;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Dialogs;

/// <summary>The fallback: says plainly that the briefing does not cover the question, and offers what it does cover.</summary>
public sealed class RefusalDialog : IBriefingDialog
{
    private readonly IBriefingKnowledge _knowledge;
    private readonly SuggestionMaker _suggestions;

    /// <summary>Creates the dialog.</summary>
    public RefusalDialog(IBriefingKnowledge knowledge, SuggestionMaker suggestions)
    {
        _knowledge = knowledge;
        _suggestions = suggestions;
    }

    /// <inheritdoc />
    public string Name => "refusal";

    /// <inheritdoc />
    public bool CanHandle(UnderstoodMessage message, ConversationMemory memory) => true;

    /// <inheritdoc />
    public BotReply? Handle(UnderstoodMessage message, ConversationMemory memory)
    {
        var titles = string.Join("; ", _knowledge.Articles.Select(a => a.Title));
        var suggestions = _suggestions.Suggest(exclude: message.AllEntityIds);
        var headline = $"Sorry, the briefing does not cover that, so I won't guess. It covers: {titles}.";
        if (suggestions.Count > 0) headline += $" You could ask: {string.Join(", ", suggestions.Select(q => $"\u201C{q}\u201D"))}.";
        return new BotReply(ReplyKind.Refusal, headline) { SuggestedActions = suggestions };
    }
}
