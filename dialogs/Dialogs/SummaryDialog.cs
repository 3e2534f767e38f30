using BriefingBot.Dialogs.Replies;
using BriefingBot.Dialogs.Routing;
using BriefingBot.Dialogs.State;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Dialogs;

/// <summary>
/// "Brief me": the lead sentence of each article and its most informative others (most names, dates,
/// numbers and statements), in reading order, each cited.
/// </summary>
public sealed class SummaryDialog : IBriefingDialog
{
    private const int SentencesPerArticle = 3;
    private const int MaxArticles = 4;
    private readonly IBriefingKnowledge _knowledge;
    private readonly CitationFactory _citations;
    private readonly SuggestionMaker _suggestions;

    /// <summary>Creates the dialog.</summary>
    public SummaryDialog(IBriefingKnowledge knowledge, CitationFactory citations, SuggestionMaker suggestions)
    {
        _knowledge = knowledge;
        _citations = citations;
        _suggestions = suggestions;
    }

    /// <inheritdoc />
    public string Name => "summary";

    /// <inheritdoc />
    public bool CanHandle(UnderstoodMessage message, ConversationMemory memory) => message.Intent == Intent.Summary;

    /// <inheritdoc />
    public BotReply? Handle(UnderstoodMessage message, ConversationMemory memory)
    {
        var articles = _knowledge.Articles.Take(MaxArticles).ToList();
        var citations = articles.SelectMany(a => KeySentences(a.Id)).Select(s => _citations.Cite(s.Id)).ToList();
        var headline = articles.Count == 1
            ? $"The briefing in brief: {articles[0].Title}."
            : $"The briefing in brief, {articles.Count} articles: {string.Join("; ", articles.Select(a => a.Title))}.";
        return new BotReply(ReplyKind.Answer, headline) { Citations = citations, SuggestedActions = _suggestions.Suggest() };
    }

    private IEnumerable<Sentence> KeySentences(string articleId)
    {
        var body = _knowledge.SentencesOf(articleId).Where(s => s.Paragraph > 0 || s.Index > 0).ToList();
        if (body.Count == 0) return Array.Empty<Sentence>();
        var lead = body[0];
        var others = body.Skip(1)
            .OrderByDescending(Informativeness).ThenBy(s => s.Index)
            .Take(SentencesPerArticle - 1);
        return others.Prepend(lead).OrderBy(s => s.Index);
    }

    private double Informativeness(Sentence sentence) =>
        _knowledge.MentionsIn(sentence.Id).Select(m => m.EntityId).Distinct().Count()
        + _knowledge.TimesIn(sentence.Id).Count + _knowledge.QuantitiesIn(sentence.Id).Count
        + 0.5 * _knowledge.StatementsIn(sentence.Id).Count - sentence.Paragraph * 0.05;
}
