using BriefingBot.Dialogs.Replies;
using BriefingBot.Dialogs.Routing;
using BriefingBot.Dialogs.State;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Dialogs;

/// <summary>"What does the briefing cover?": each article with its date and main subjects.</summary>
public sealed class TopicsDialog : IBriefingDialog
{
    private readonly IBriefingKnowledge _knowledge;
    private readonly SuggestionMaker _suggestions;

    /// <summary>Creates the dialog.</summary>
    public TopicsDialog(IBriefingKnowledge knowledge, SuggestionMaker suggestions)
    {
        _knowledge = knowledge;
        _suggestions = suggestions;
    }

    /// <inheritdoc />
    public string Name => "topics";

    /// <inheritdoc />
    public bool CanHandle(UnderstoodMessage message, ConversationMemory memory) => message.Intent == Intent.Topics;

    /// <inheritdoc />
    public BotReply? Handle(UnderstoodMessage message, ConversationMemory memory)
    {
        var details = _knowledge.Articles.Select(a =>
            $"{a.Title} ({ReplyFormatter.Date(a.Published)}): about {string.Join(", ", MainSubjects(a.Id))}").ToList();
        var count = details.Count == 1 ? "one article" : $"{details.Count} articles";
        return new BotReply(ReplyKind.Information, $"The briefing covers {count}:") { Details = details, SuggestedActions = _suggestions.Suggest() };
    }

    private IEnumerable<string> MainSubjects(string articleId)
    {
        var sentenceIds = _knowledge.SentencesOf(articleId).Select(s => s.Id).ToHashSet();
        return _knowledge.Entities
            .Select(e => (Entity: e, Count: _knowledge.MentionsOf(e.Id).Count(m => sentenceIds.Contains(m.SentenceId))))
            .Where(p => p.Count > 0)
            .OrderByDescending(p => p.Count).ThenBy(p => p.Entity.Id)
            .Take(5)
            .Select(p => p.Entity.Name);
    }
}
