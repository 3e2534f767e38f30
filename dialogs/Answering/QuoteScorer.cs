using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// Scores a statement for a question: by the share of the topic's words its content or frame has (rare words weighing
/// more; its article's headline counting faintly), the topic's entities it names and its reporting verb; a statement
/// with too few of them is no candidate.
/// </summary>
public sealed class QuoteScorer
{
    private readonly IBriefingKnowledge _knowledge;
    private readonly Vocabulary _vocabulary;
    private readonly QuoteText _text;
    private readonly int _sentenceCount;
    private readonly StatementWords _words;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, HashSet<string>> _mentionArticles = new();

    /// <summary>Creates the scorer over the statements' words, read once.</summary>
    public QuoteScorer(IBriefingKnowledge knowledge, Vocabulary vocabulary, QuoteText text, StatementWords words)
    {
        _knowledge = knowledge;
        _vocabulary = vocabulary;
        _text = text;
        _words = words;
        _sentenceCount = knowledge.Articles.Sum(a => knowledge.SentencesOf(a.Id).Count);
    }

    /// <summary>
    /// The statement as a candidate, or null; <paramref name="speakerAsAnswer"/> makes the speaker the answer;
    /// <paramref name="speakerNamed"/> says the question named whose statements these are (or meant them by "he" or "she").
    /// </summary>
    public AnswerCandidate? Score(Statement statement, List<string> terms, List<int> entities, string? verb, bool speakerAsAnswer, bool speakerNamed = false)
    {
        if (statement.SentenceIds.Count == 0) return null;
        // Who said something must have said it, not merely in the setting it was said in ("during a debate on …").
        var content = speakerAsAnswer ? _words.Said(statement.Id) : _words.SaidOrFramed(statement.Id);
        var mentioned = statement.SentenceIds.SelectMany(_knowledge.MentionsIn).Select(m => m.EntityId).ToHashSet();
        // What someone says in an article is about what its headline names ("what did the warden say about the flood"),
        // though far less than what they say in so many words; what the named speaker says there is about what the
        // article tells again and again ("what did Roe say about the repairs" in a story of repairs).
        // So is what anyone says in the story of a thing the question names ("what did the minister say about the prison escape").
        var inStory = entities.Count > 0 && entities.All(e => InArticleOf(statement, e));
        var headline = speakerNamed || inStory ? _words.Story(statement.Id) : _words.Headline(statement.Id);
        bool Says(string t) => _vocabulary.Expand(t).Any(content.Contains);
        bool Headlined(string t) => !speakerAsAnswer && _vocabulary.Expand(t).Any(headline.Contains);
        var termHits = terms.Count(t => Says(t) || Headlined(t));
        if (terms.Count > 0 && termHits * 2 < terms.Count) return null;
        var entityHits = entities.Count(e => mentioned.Contains(e) || Names(statement.Content, e));
        if (entityHits < entities.Count && !(termHits == terms.Count && inStory)) return null;
        // Rare words weigh more than common ones: "talks" says more about a statement than "group".
        var weights = terms.ToDictionary(t => t, Weight);
        var total = weights.Values.Sum() + 0.5 * entities.Count;
        var hitWeight = terms.Sum(t => Says(t) ? weights[t] : Headlined(t) ? weights[t] / 10 : 0);
        // A named thing only in the statement's story counts faintly, as a headline's word does.
        var score = total == 0 ? 1 : (hitWeight + 0.5 * entityHits + (inStory ? 0.05 * (entities.Count - entityHits) : 0)) / total;
        if (verb is not null && TermAnalyzer.Stem(statement.Verb) == verb) score += 0.15;
        else if (verb is not null && _vocabulary.Expand(verb).Contains(TermAnalyzer.Stem(statement.Verb))) score += 0.1;
        // Of statements that fit alike, a fact merely sourced to the speaker ("The unit has six boats, said its
        // commander") says less of what they said than their own words or what they said would happen.
        if (_words.IsSourcing(statement.Id)) score -= 0.01;
        // A bare "what did she say?" of one person asks for her own words first, over what she is reported to have said.
        if (speakerNamed && terms.Count + entities.Count == 0 && verb is null or "say" && !_words.IsOwnWords(statement.Id)) score -= 0.01;
        var speaker = _knowledge.Entity(statement.SpeakerEntityId);
        var sentenceId = BestSentence(statement, terms, entities);
        // Of statements that fit only by their story (a named thing's, or the named speaker's), the speaker's own quoted
        // words are most what they said.
        var onlyByStory = inStory || speakerNamed && terms.Count > 0;
        if (onlyByStory && entityHits == 0 && !terms.Any(Says) && _words.IsOwnWords(statement.Id)) score += 0.005;
        return new AnswerCandidate(_text.Of(statement, speaker, sentenceId, speakerAsAnswer), sentenceId, score) { EntityIds = new[] { speaker.Id } };
    }

    /// <summary>
    /// How rare the asked word is: "talks" weighs as "talks", not as its common synonym "tell"; a word no article uses
    /// weighs as its most common synonym.
    /// </summary>
    private double Weight(string term)
    {
        var own = _knowledge.DocumentFrequency(term);
        var frequency = own > 0 ? own : _vocabulary.Expand(term).Select(_knowledge.DocumentFrequency).Where(f => f > 0).DefaultIfEmpty(1).Max();
        return Math.Log(1 + _sentenceCount / (double)frequency);
    }

    private int BestSentence(Statement statement, List<string> terms, List<int> entities) =>
        statement.SentenceIds.Select(_knowledge.Sentence)
            .OrderByDescending(s => terms.Count(t => _vocabulary.Expand(t).Any(s.Terms.Contains))
                + 0.5 * entities.Count(e => _knowledge.MentionsIn(s.Id).Any(m => m.EntityId == e)))
            .ThenByDescending(s => s.Length).ThenBy(s => s.Id)
            .First().Id;

    /// <summary>
    /// "What did the warden tell visitors at the museum": a statement in the museum's article need not name it again. The
    /// articles naming an entity are gathered once, on first use: a question tries every statement.
    /// </summary>
    private bool InArticleOf(Statement statement, int entityId)
    {
        var article = _knowledge.Sentence(statement.SentenceIds[0]).ArticleId;
        return _mentionArticles.GetOrAdd(entityId, id => _knowledge.MentionsOf(id).Select(m => _knowledge.Sentence(m.SentenceId).ArticleId).ToHashSet()).Contains(article);
    }

    /// <summary>The statement writes one of the entity's names as a word; an abbreviation only in capitals ("US", not "us").</summary>
    private bool Names(string content, int entityId)
    {
        var entity = _knowledge.Entity(entityId);
        return entity.Aliases.Append(entity.Name).Any(n => n.Length > 0 && WritesWord(content, n));
    }

    /// <summary>The name stands in the text with no letter or digit touching it; one with no lower-case letter only as written.</summary>
    private static bool WritesWord(string text, string name)
    {
        var comparison = name.Any(char.IsLower) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        for (var at = text.IndexOf(name, comparison); at >= 0; at = text.IndexOf(name, at + 1, comparison))
        {
            var end = at + name.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]))) return true;
        }

        return false;
    }
}
