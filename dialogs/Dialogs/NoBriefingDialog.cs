using BriefingBot.Dialogs.Replies;
using BriefingBot.Dialogs.Routing;
using BriefingBot.Dialogs.State;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Dialogs;

/// <summary>When no article is loaded, says so plainly instead of answering anything.</summary>
public sealed class NoBriefingDialog : IBriefingDialog
{
    private readonly IBriefingKnowledge _knowledge;

    /// <summary>Creates the dialog.</summary>
    public NoBriefingDialog(IBriefingKnowledge knowledge) => _knowledge = knowledge;

    /// <inheritdoc />
    public string Name => "nobriefing";

    /// <inheritdoc />
    public bool CanHandle(UnderstoodMessage message, ConversationMemory memory) => _knowledge.IsEmpty;

    /// <inheritdoc />
    public BotReply? Handle(UnderstoodMessage message, ConversationMemory memory) =>
        new(ReplyKind.Refusal, "No briefing is loaded right now, so I cannot answer questions yet: the briefing does not cover anything. Please try again later or tell the team that runs me.");
}
