using BriefingBot.Dialogs.Answering;
using BriefingBot.Dialogs.Replies;
using BriefingBot.Dialogs.Routing;
using BriefingBot.Dialogs.State;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Dialogs;

/// <summary>"Who is X", "what is X", "tell me about X": what the articles say X is, cited where they say it.</summary>
public sealed class ProfileDialog : IBriefingDialog
{
    private readonly IBriefingKnowledge _knowledge;
    private readonly EntityDescriber _describer;
    private readonly CitationFactory _citations;
    private readonly ConversationFocus _focus;

    /// <summary>Creates the dialog.</summary>
    public ProfileDialog(IBriefingKnowledge knowledge, EntityDescriber describer, CitationFactory citations, ConversationFocus focus)
    {
        _knowledge = knowledge;
        _describer = describer;
        _citations = citations;
        _focus = focus;
    }

    /// <inheritdoc />
    public string Name => "profile";

    /// <inheritdoc />
    public bool CanHandle(UnderstoodMessage message, ConversationMemory memory) => message.Intent == Intent.Profile && message.AllEntityIds.Any();

    /// <inheritdoc />
    public BotReply? Handle(UnderstoodMessage message, ConversationMemory memory)
    {
        var entity = _knowledge.Entity(message.AllEntityIds.First());
        var sentenceId = _describer.DefiningSentence(entity);
        if (sentenceId is null) return null;
        _focus.Remember(memory, new[] { entity.Id }, Array.Empty<int>(), sentenceId);
        var suggestions = _knowledge.StatementsBy(entity.Id).Count > 0 ? new[] { $"What did {entity.Name} say?" } : Array.Empty<string>();
        return new BotReply(ReplyKind.Answer, _describer.Summary(entity))
        {
            Citations = new[] { _citations.Cite(sentenceId.Value) },
            SuggestedActions = suggestions,
        };
    }
}
