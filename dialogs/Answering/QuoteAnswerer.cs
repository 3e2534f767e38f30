using BriefingBot.Dialogs.Understanding;
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
    private readonly IBriefingKnowledge _knowledge;
    private readonly Vocabulary _vocabulary;
    private readonly ReportingVerbs _verbs;
    private readonly QuotedSpeakers _speakers;
    private readonly QuoteScorer _scorer;

    /// <summary>Creates the answerer.</summary>
    public QuoteAnswerer(IBriefingKnowledge knowledge, Vocabulary vocabulary, ReportingVerbs verbs, QuotedSpeakers speakers, QuoteScorer scorer)
    {
        _knowledge = knowledge;
        _vocabulary = vocabulary;
        _verbs = verbs;
        _speakers = speakers;
        _scorer = scorer;
    }

    /// <summary>True when the stem is a verb some statement in the articles is reported with ("label", "blast").</summary>
    public bool IsStatementVerb(string stem) => _verbs.IsStatementVerb(stem);

    /// <summary>Statements as candidates, best first; <paramref name="speakerAsAnswer"/> makes the speaker the answer.</summary>
    public IReadOnlyList<AnswerCandidate> Find(UnderstoodMessage message, bool speakerAsAnswer = false)
    {
        var topicTerms = TopicTerms(message);
        var speakerIds = speakerAsAnswer ? new List<int>() : _speakers.AskedAbout(message, topicTerms, SpeakerTerms(message));
        // "What did he say about staffing" of the person in focus, in words no article uses (let through by
        // UnanswerableQuestions only when that person said one thing): no statement can meet them, the speaker chooses.
        if (speakerIds.Count == 1 && message.Entities.Count == 0 && topicTerms.Count > 0 && topicTerms.All(message.UncoveredTerms.Contains)) topicTerms.Clear();
        var statements = speakerIds.Count > 0 ? speakerIds.SelectMany(_knowledge.StatementsBy) : _knowledge.Statements;
        var topicEntities = message.AllEntityIds.Where(id => !speakerIds.Contains(id)).ToList();
        var verb = message.Terms.FirstOrDefault(_verbs.IsReporting);
        var hasTopic = topicTerms.Count + topicEntities.Count > 0;
        return statements
            .Select(s => _scorer.Score(s, topicTerms, topicEntities, verb, speakerAsAnswer))
            .Where(c => c is not null && (!hasTopic || c.Score > 0))
            .OrderByDescending(c => c!.Score).ThenBy(c => c!.SentenceId)
            .Select(c => c!)
            .ToList();
    }

    /// <summary>"What did the port director say about …": the words before "about" that describe the speaker, if it has one.</summary>
    private List<string> SpeakerTerms(UnderstoodMessage message)
    {
        var about = message.Normalized.IndexOf(" about ", StringComparison.Ordinal);
        if (about < 0) return new List<string>();
        return TermAnalyzer.Terms(message.Normalized[..about]).Where(t => message.Terms.Contains(t) && !_verbs.IsReporting(t) && !_vocabulary.IsSoft(t)).Distinct().ToList();
    }

    /// <summary>What the statement should be about: the words after "about" when the question has it, else every word but the reporting verb.</summary>
    private List<string> TopicTerms(UnderstoodMessage message)
    {
        var about = message.Normalized.IndexOf(" about ", StringComparison.Ordinal);
        var candidates = about < 0 ? message.Terms.Where(t => !_verbs.IsReporting(t)) : TermAnalyzer.Terms(message.Normalized[(about + 7)..]).Where(message.Terms.Contains);
        return candidates.Where(t => !_vocabulary.IsSoft(t)).Distinct().ToList();
    }
}
