using BriefingBot.Dialogs.Replies;
using BriefingBot.Dialogs.Routing;
using BriefingBot.Dialogs.State;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Dialogs;

/// <summary>"What does X stand for?": the full name the articles give for an acronym, cited where they give it.</summary>
public sealed class AcronymDialog : IBriefingDialog
{
    private readonly IBriefingKnowledge _knowledge;
    private readonly CitationFactory _citations;
    private readonly ConversationFocus _focus;

    /// <summary>Creates the dialog.</summary>
    public AcronymDialog(IBriefingKnowledge knowledge, CitationFactory citations, ConversationFocus focus)
    {
        _knowledge = knowledge;
        _citations = citations;
        _focus = focus;
    }

    /// <inheritdoc />
    public string Name => "acronym";

    /// <inheritdoc />
    public bool CanHandle(UnderstoodMessage message, ConversationMemory memory) => message.Intent == Intent.Acronym && message.Entities.Count == 1;

    /// <inheritdoc />
    public BotReply? Handle(UnderstoodMessage message, ConversationMemory memory)
    {
        var entity = message.Entities[0].Entity;
        var acronym = message.Subject?.ToUpperInvariant() ?? message.Entities[0].Surface;
        var mentions = _knowledge.MentionsOf(entity.Id);
        var both = mentions.FirstOrDefault(m => _knowledge.Sentence(m.SentenceId).Text.Contains(acronym, StringComparison.OrdinalIgnoreCase)
            && _knowledge.Sentence(m.SentenceId).Text.Contains(entity.Name, StringComparison.OrdinalIgnoreCase)) ?? mentions.FirstOrDefault();
        if (both is null) return null;
        _focus.Remember(memory, new[] { entity.Id }, Array.Empty<int>(), both.SentenceId);
        return new BotReply(ReplyKind.Answer, $"{acronym} stands for {entity.Name}.") { Citations = new[] { _citations.Cite(both.SentenceId) } };
    }
}
