using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// Answers from the statements extracted from the articles: "what did X say / warn about Y" with the quote,
/// "who warned about Y" with the speaker. A statement matches by the topic's words and the entities it names;
/// a topic none of the statements touches gets no answer.
/// </summary>
public sealed class QuoteAnswerer
{
    private const int MaxQuote = 320;
    /// <summary>A reporting verb in a question or a sentence ("said", "warned", "told").</summary>
    internal static readonly System.Text.RegularExpressions.Regex ReportingVerb = new(
        @"\b(say|said|warn|warned|add|added|note|noted|tell|told|claim|claimed|state|stated|announce|announced|think|predict|argue|write|wrote)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.Compiled);
    private readonly IBriefingKnowledge _knowledge;
    private readonly Vocabulary _vocabulary;
    private readonly EntityDescriber _describer;
    private readonly HashSet<string> _reporting;
    private readonly HashSet<string> _statementVerbs;
    private readonly int _sentenceCount;
    private readonly Dictionary<int, HashSet<string>> _contentTerms;

    /// <summary>Creates the answerer.</summary>
    public QuoteAnswerer(IBriefingKnowledge knowledge, Vocabulary vocabulary, EntityDescriber describer)
    {
        _knowledge = knowledge;
        _vocabulary = vocabulary;
        _describer = describer;
        _sentenceCount = knowledge.Articles.Sum(a => knowledge.SentencesOf(a.Id).Count);
        // The knowledge never changes after start-up: analyse each statement once, not once per question.
        _contentTerms = knowledge.Statements.ToDictionary(s => s.Id, s => TermAnalyzer.Terms(s.Content).ToHashSet());
        _statementVerbs = knowledge.Statements.Select(s => TermAnalyzer.Stem(s.Verb)).ToHashSet();
        _reporting = vocabulary.Expand("say").Concat(vocabulary.Expand("warn")).Concat(_statementVerbs).ToHashSet();
    }

    /// <summary>True when the stem is a verb some statement in the articles is reported with ("label", "blast").</summary>
    public bool IsStatementVerb(string stem) => _statementVerbs.Contains(stem);

    /// <summary>Statements as candidates, best first; <paramref name="speakerAsAnswer"/> makes the speaker the answer.</summary>
    public IReadOnlyList<AnswerCandidate> Find(UnderstoodMessage message, bool speakerAsAnswer = false)
    {
        // Who is described ("what did he tell the committee") is spoken to or about, not the speaker.
        var described = message.Entities.Where(DescribedEntityFinder.IsDescription).Select(e => e.Entity.Id).ToHashSet();
        var speakerIds = speakerAsAnswer ? new List<int>() : message.AllEntityIds.Where(id => !described.Contains(id) && _knowledge.StatementsBy(id).Count > 0).ToList();
        var topicTerms = TopicTerms(message);
        if (!speakerAsAnswer && speakerIds.Count == 0) speakerIds = SpeakersByRole(topicTerms);
        var statements = speakerIds.Count > 0 ? speakerIds.SelectMany(_knowledge.StatementsBy) : _knowledge.Statements;
        var topicEntities = message.AllEntityIds.Where(id => !speakerIds.Contains(id)).ToList();
        var verb = message.Terms.FirstOrDefault(_reporting.Contains);
        var hasTopic = topicTerms.Count + topicEntities.Count > 0;
        return statements
            .Select(s => Score(s, topicTerms, topicEntities, verb, speakerAsAnswer))
            .Where(c => c is not null && (!hasTopic || c.Score > 0))
            .OrderByDescending(c => c!.Score).ThenBy(c => c!.SentenceId)
            .Select(c => c!)
            .ToList();
    }

    /// <summary>What the statement should be about: the words after "about" when the question has it, else every word but the reporting verb.</summary>
    private List<string> TopicTerms(UnderstoodMessage message)
    {
        var about = message.Normalized.IndexOf(" about ", StringComparison.Ordinal);
        var candidates = about < 0 ? message.Terms.Where(t => !_reporting.Contains(t)) : TermAnalyzer.Terms(message.Normalized[(about + 7)..]).Where(message.Terms.Contains);
        return candidates.Where(t => !_vocabulary.IsSoft(t)).Distinct().ToList();
    }

    /// <summary>"What did the director say": the quoted people whose roles have the most of the question's words; those words are then not topic.</summary>
    private List<int> SpeakersByRole(List<string> terms)
    {
        var speakers = _knowledge.Statements.Select(s => s.SpeakerEntityId).Distinct().Select(_knowledge.Entity)
            .Select(e => (Entity: e, Words: TermAnalyzer.Terms(string.Join(' ', e.Roles.Concat(e.Descriptions))).ToHashSet()))
            .Select(p => (p.Entity, Hits: terms.Where(p.Words.Contains).ToList()))
            .Where(p => p.Hits.Count > 0)
            .ToList();
        if (speakers.Count == 0) return new List<int>();
        var most = speakers.Max(p => p.Hits.Count);
        var chosen = speakers.Where(p => p.Hits.Count == most).ToList();
        terms.RemoveAll(t => chosen.Any(p => p.Hits.Contains(t)));
        return chosen.Select(p => p.Entity.Id).ToList();
    }

    private AnswerCandidate? Score(Statement statement, List<string> terms, List<int> entities, string? verb, bool speakerAsAnswer)
    {
        if (statement.SentenceIds.Count == 0) return null;
        var content = _contentTerms[statement.Id];
        var mentioned = statement.SentenceIds.SelectMany(_knowledge.MentionsIn).Select(m => m.EntityId).ToHashSet();
        var termHits = terms.Count(t => _vocabulary.Expand(t).Any(content.Contains));
        if (terms.Count > 0 && termHits * 2 < terms.Count) return null;
        var entityHits = entities.Count(e => mentioned.Contains(e) || Names(statement.Content, e));
        if (entityHits < entities.Count) return null;
        // Rare words weigh more than common ones: "talks" says more about a statement than "group".
        var weights = terms.ToDictionary(t => t, Weight);
        var total = weights.Values.Sum() + 0.5 * entities.Count;
        var hitWeight = terms.Where(t => _vocabulary.Expand(t).Any(content.Contains)).Sum(t => weights[t]);
        var score = total == 0 ? 1 : (hitWeight + 0.5 * entityHits) / total;
        if (verb is not null && TermAnalyzer.Stem(statement.Verb) == verb) score += 0.15;
        else if (verb is not null && _vocabulary.Expand(verb).Contains(TermAnalyzer.Stem(statement.Verb))) score += 0.1;
        var speaker = _knowledge.Entity(statement.SpeakerEntityId);
        var sentenceId = BestSentence(statement, terms, entities);
        var quote = statement.Content.Length <= MaxQuote ? statement.Content : _knowledge.Sentence(sentenceId).Text;
        var text = speakerAsAnswer ? _describer.NameWithRole(speaker) : $"{speaker.Name} {PastTense(statement.Verb)}: \u201C{Shorten(quote)}\u201D";
        return new AnswerCandidate(text, sentenceId, score) { EntityIds = new[] { speaker.Id } };
    }

    private double Weight(string term)
    {
        var frequency = _vocabulary.Expand(term).Select(_knowledge.DocumentFrequency).Where(f => f > 0).DefaultIfEmpty(1).Max();
        return Math.Log(1 + _sentenceCount / (double)frequency);
    }

    private int BestSentence(Statement statement, List<string> terms, List<int> entities) =>
        statement.SentenceIds.Select(_knowledge.Sentence)
            .OrderByDescending(s => terms.Count(t => _vocabulary.Expand(t).Any(s.Terms.Contains))
                + 0.5 * entities.Count(e => _knowledge.MentionsIn(s.Id).Any(m => m.EntityId == e)))
            .ThenByDescending(s => s.Length).ThenBy(s => s.Id)
            .First().Id;

    private bool Names(string content, int entityId)
    {
        var entity = _knowledge.Entity(entityId);
        return entity.Aliases.Append(entity.Name).Any(n => content.Contains(n, StringComparison.OrdinalIgnoreCase));
    }

    private static string PastTense(string verb) => verb switch
    {
        "say" => "said", "tell" => "told", "write" => "wrote", "think" => "thought",
        _ when verb.EndsWith('e') => verb + "d",
        _ => verb + "ed",
    };

    private static string Shorten(string content)
    {
        var text = content.Trim().Trim('\u201C', '\u201D', '"').Trim();
        if (text.Length <= MaxQuote) return text;
        var cut = text.LastIndexOf(". ", MaxQuote, StringComparison.Ordinal);
        return (cut > 80 ? text[..(cut + 1)] : text[..MaxQuote].TrimEnd()) + " \u2026";
    }
}
