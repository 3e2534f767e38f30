using BriefingBot.Dialogs.Replies;
using BriefingBot.Dialogs.Routing;
using BriefingBot.Dialogs.State;
using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Dialogs;

/// <summary>Greetings, thanks, help and empty messages: a friendly word and questions to try.</summary>
public sealed class SmallTalkDialog : IBriefingDialog
{
    private readonly SuggestionMaker _suggestions;

    /// <summary>Creates the dialog.</summary>
    public SmallTalkDialog(SuggestionMaker suggestions) => _suggestions = suggestions;

    /// <inheritdoc />
    public string Name => "smalltalk";

    /// <inheritdoc />
    public bool CanHandle(UnderstoodMessage message, ConversationMemory memory) =>
        message.Intent is Intent.Empty or Intent.Greeting or Intent.Thanks or Intent.Help;

    /// <inheritdoc />
    public BotReply? Handle(UnderstoodMessage message, ConversationMemory memory)
    {
        var headline = message.Intent switch
        {
            Intent.Greeting => "Hello! Ask me anything about the briefing: who, what, when, where, how many, or what someone said.",
            Intent.Thanks => "You're welcome. Anything else about the briefing?",
            Intent.Empty => "I didn't get a question there. Ask me about the briefing, for example:",
            _ => "I answer questions about the briefing, each answer with the sentence it comes from. "
                 + "Ask who, what, when, where, which, how many or how long; \"what did X say about Y\"; "
                 + "\"who is X\" or \"tell me about X\"; \"brief me\" for a summary; \"what does the briefing cover?\" for its topics.",
        };
        return new BotReply(ReplyKind.Information, headline) { SuggestedActions = _suggestions.Suggest() };
    }
}
