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
        var speakerTerms = SpeakerTerms(message);
        var byVerb = message.Normalized.IndexOf(" about ", StringComparison.Ordinal) < 0 && ReportingVerbs.Pattern.IsMatch(message.Normalized);
        var speakerIds = speakerAsAnswer ? new List<int>() : _speakers.AskedAbout(message, topicTerms, speakerTerms, describedByTopic: !byVerb);
        // Words before the verb that describe no quoted speaker still narrow what was said ("what did the Estonian minister say").
        if (byVerb) topicTerms.AddRange(speakerTerms.Where(t => !topicTerms.Contains(t)));
        // "What did he say about staffing" of the person in focus, in words no article uses (let through by
        // UnanswerableQuestions only when that person said one thing): no statement can meet them, the speaker chooses.
        if (speakerIds.Count == 1 && message.Entities.Count == 0 && topicTerms.Count > 0 && topicTerms.All(message.UncoveredTerms.Contains)) topicTerms.Clear();
        var statements = speakerIds.Count > 0 ? speakerIds.SelectMany(_knowledge.StatementsBy) : _knowledge.Statements;
        var named = speakerIds.Count > 0 && speakerIds.All(message.AllEntityIds.Contains);
        var topicEntities = message.AllEntityIds.Where(id => !speakerIds.Contains(id)).ToList();
        var verb = message.Terms.FirstOrDefault(_verbs.IsReporting);
        var hasTopic = topicTerms.Count + topicEntities.Count > 0;
        return statements
            .Select(s => _scorer.Score(s, topicTerms, topicEntities, verb, speakerAsAnswer, named))
            .Where(c => c is not null && (!hasTopic || c.Score > 0))
            .OrderByDescending(c => c!.Score).ThenBy(c => c!.SentenceId)
            .Select(c => c!)
            .ToList();
    }

    /// <summary>
    /// The words that describe the speaker: before "about" ("what did the port director say about …"), else before the
    /// reporting verb ("what did the port director say"); the words after the verb say what was said or to whom.
    /// </summary>
    private List<string> SpeakerTerms(UnderstoodMessage message)
    {
        var end = message.Normalized.IndexOf(" about ", StringComparison.Ordinal);
        if (end < 0 && ReportingVerbs.Pattern.Match(message.Normalized) is { Success: true } verb) end = verb.Index;
        if (end < 0) return new List<string>();
        return TermAnalyzer.Terms(message.Normalized[..end]).Where(t => message.Terms.Contains(t) && !_verbs.IsReporting(t) && !_vocabulary.IsSoft(t)).Distinct().ToList();
    }

    /// <summary>
    /// What the statement should be about: the words after "about" when the question has it, else those after the
    /// reporting verb ("what does she say her client wanted"), else every word but the reporting verb.
    /// </summary>
    private List<string> TopicTerms(UnderstoodMessage message)
    {
        var about = message.Normalized.IndexOf(" about ", StringComparison.Ordinal);
        var verb = ReportingVerbs.Pattern.Match(message.Normalized);
        // Without "about", the words before the verb describe the speaker (SpeakerTerms), not what was said.
        var candidates = about >= 0 ? TermAnalyzer.Terms(message.Normalized[(about + 7)..]).Where(message.Terms.Contains)
            : message.Terms.Where(t => !_verbs.IsReporting(t) && !(verb.Success && TermAnalyzer.Terms(message.Normalized[..verb.Index]).Contains(t)));
        return candidates.Where(t => !_vocabulary.IsSoft(t)).Distinct().ToList();
    }
}
