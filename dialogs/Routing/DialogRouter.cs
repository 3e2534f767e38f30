using BriefingBot.Dialogs.Replies;
using BriefingBot.Dialogs.State;
using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Routing;

/// <summary>
/// Picks the dialog for a turn: the active dialog first (it claimed this turn), then the others
/// in registration order; the last registered dialog is the fallback and always answers.
/// </summary>
public sealed class DialogRouter
{
    private readonly QuestionUnderstanding _understanding;
    private readonly IReadOnlyList<IBriefingDialog> _dialogs;

    /// <summary>Creates the router over the dialogs in priority order.</summary>
    public DialogRouter(QuestionUnderstanding understanding, IEnumerable<IBriefingDialog> dialogs)
    {
        _understanding = understanding;
        _dialogs = dialogs.ToList();
        if (_dialogs.Count == 0) throw new ArgumentException("At least one dialog is needed.", nameof(dialogs));
    }

    /// <summary>Understands the text and returns the reply of the dialog that handles it.</summary>
    public BotReply Route(string text, ConversationMemory memory)
    {
        var message = _understanding.Understand(text, memory);
        foreach (var dialog in Ordered(memory))
        {
            if (!dialog.CanHandle(message, memory)) continue;
            var reply = dialog.Handle(message, memory);
            if (reply is null) continue;
            if (message.Intent is Intent.Question or Intent.Profile or Intent.Acronym) memory.LastQuestion = message.Original;
            return reply;
        }

        throw new InvalidOperationException("The fallback dialog must always answer.");
    }

    private IEnumerable<IBriefingDialog> Ordered(ConversationMemory memory)
    {
        var active = _dialogs.FirstOrDefault(d => d.Name == memory.ActiveDialog);
        memory.ActiveDialog = null;
        return active is null ? _dialogs : _dialogs.Where(d => d != active).Prepend(active);
    }
}
