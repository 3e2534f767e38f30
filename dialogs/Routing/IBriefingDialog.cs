using BriefingBot.Dialogs.Replies;
using BriefingBot.Dialogs.State;
using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Routing;

/// <summary>One dialog: decides whether it handles an understood message and produces the reply.</summary>
public interface IBriefingDialog
{
    /// <summary>Stable name, stored in <see cref="ConversationMemory.ActiveDialog"/> when the dialog claims the next turn.</summary>
    string Name { get; }

    /// <summary>True when this dialog should answer the message.</summary>
    bool CanHandle(UnderstoodMessage message, ConversationMemory memory);

    /// <summary>Answers the message, updating the memory for follow-ups; returns null to pass to the next dialog.</summary>
    BotReply? Handle(UnderstoodMessage message, ConversationMemory memory);
}
