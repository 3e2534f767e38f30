using BriefingBot.Dialogs.Answering;
using BriefingBot.Dialogs.Replies;
using BriefingBot.Dialogs.Routing;
using BriefingBot.Dialogs.State;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Dialogs;

/// <summary>
/// "Brief me": the lead sentence of each article and its most informative others (most names, dates,
/// numbers and statements), in reading order, each cited. The more articles, the fewer sentences each; beyond
/// <see cref="MaxArticles"/> the older ones are listed by title and date, so that every article of the briefing is in it.
/// </summary>
public sealed class SummaryDialog : IBriefingDialog
{
    private const int MaxSentencesPerArticle = 3;
    private const int SentenceBudget = 12;
    private const int MaxArticles = 10;
    private readonly IBriefingKnowledge _knowledge;
    private readonly CitationFactory _citations;
    private readonly SuggestionMaker _suggestions;
    private readonly Vocabulary _vocabulary;
    private readonly ArticleStories _stories;
    private readonly Dictionary<string, HashSet<int>> _mentioned;

    /// <summary>Creates the dialog; reads once which entities each article mentions (its words: <see cref="ArticleStories"/>).</summary>
    public SummaryDialog(IBriefingKnowledge knowledge, CitationFactory citations, SuggestionMaker suggestions, Vocabulary vocabulary, ArticleStories stories)
    {
        _stories = stories;
        _vocabulary = vocabulary;
        _knowledge = knowledge;
        _citations = citations;
        _suggestions = suggestions;
        _mentioned = knowledge.Articles.ToDictionary(a => a.Id, a => knowledge.SentencesOf(a.Id).SelectMany(s => knowledge.MentionsIn(s.Id)).Select(m => m.EntityId).ToHashSet());
    }

    /// <inheritdoc />
    public string Name => "summary";

    /// <inheritdoc />
    public bool CanHandle(UnderstoodMessage message, ConversationMemory memory) => message.Intent == Intent.Summary && message.UncoveredTerms.Count == 0;

    /// <inheritdoc />
    public BotReply? Handle(UnderstoodMessage message, ConversationMemory memory)
    {
        var about = ArticlesAbout(message);
        var articles = about.Take(MaxArticles).ToList();
        if (articles.Count == 0) return null;
        var perArticle = Math.Clamp(SentenceBudget / articles.Count, 1, MaxSentencesPerArticle);
        var citations = articles.SelectMany(a => KeySentences(a.Id, perArticle)).Select(s => _citations.Cite(s.Id)).ToList();
        var headline = articles.Count switch
        {
            1 => $"The briefing in brief: {articles[0].Title}.",
            <= 3 => $"The briefing in brief, {articles.Count} articles: {string.Join("; ", articles.Select(a => a.Title))}.",
            _ when about.Count > articles.Count => $"In brief, the {articles.Count} newest of {about.Count} articles, sources below; the {about.Count - articles.Count} older ones:",
            _ => $"The briefing in brief, {articles.Count} articles, newest first, each with its source below.",
        };
        var older = about.Skip(articles.Count).Select(a => $"{a.Title} ({ReplyFormatter.Date(a.Published)})").ToList();
        return new BotReply(ReplyKind.Answer, headline) { Details = older, Citations = citations, SuggestedActions = _suggestions.Suggest() };
    }

    /// <summary>All articles, or those that best match the topic the message names ("summarize the piracy story").</summary>
    private IReadOnlyList<Article> ArticlesAbout(UnderstoodMessage message)
    {
        var entities = message.AllEntityIds.ToList();
        var terms = message.Terms.Where(t => !_vocabulary.IsSoft(t)).ToList();
        if (entities.Count + terms.Count == 0) return _knowledge.Articles;
        var scored = _knowledge.Articles.Select(a => (Article: a, Score: Relevance(a.Id, entities, terms))).Where(p => p.Score > 0).ToList();
        var best = scored.Count == 0 ? 0 : scored.Max(p => p.Score);
        return scored.Where(p => p.Score == best).Select(p => p.Article).ToList();
    }

    private int Relevance(string articleId, List<int> entities, List<string> terms)
    {
        var words = _stories.TermsOf(articleId);
        return entities.Count(_mentioned[articleId].Contains) + terms.Count(t => _vocabulary.Expand(t).Any(words.Contains));
    }

    private IEnumerable<Sentence> KeySentences(string articleId, int count)
    {
        var body = _knowledge.SentencesOf(articleId).Where(s => s.Paragraph > 0 || s.Index > 0).ToList();
        if (body.Count == 0) return Array.Empty<Sentence>();
        var lead = body[0];
        var others = body.Skip(1)
            .OrderByDescending(Informativeness).ThenBy(s => s.Index)
            .Take(count - 1);
        return others.Prepend(lead).OrderBy(s => s.Index);
    }

    private double Informativeness(Sentence sentence) =>
        _knowledge.MentionsIn(sentence.Id).Select(m => m.EntityId).Distinct().Count()
        + _knowledge.TimesIn(sentence.Id).Count + _knowledge.QuantitiesIn(sentence.Id).Count
        + 0.5 * _knowledge.StatementsIn(sentence.Id).Count - sentence.Paragraph * 0.05;
}
