using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// Answers "what did X say / warn about Y" from the statements extracted from the articles: the speaker's
/// statement whose words best match the topic. A topic none of the speaker's statements touches is not answered.
/// </summary>
public sealed class QuoteAnswerer
{
    private readonly IBriefingKnowledge _knowledge;
    private readonly Vocabulary _vocabulary;

    /// <summary>Creates the answerer.</summary>
    public QuoteAnswerer(IBriefingKnowledge knowledge, Vocabulary vocabulary)
    {
        _knowledge = knowledge;
        _vocabulary = vocabulary;
    }

    /// <summary>The best matching statements as candidates, best first.</summary>
    public IReadOnlyList<AnswerCandidate> Find(UnderstoodMessage message)
    {
        var speakerIds = message.AllEntityIds.Where(id => _knowledge.StatementsBy(id).Count > 0).ToList();
        var statements = speakerIds.Count > 0 ? speakerIds.SelectMany(_knowledge.StatementsBy) : _knowledge.Statements;
        var topic = TopicTerms(message, speakerIds);
        return statements
            .Select(s => Score(s, topic, message.VerbMeaning))
            .Where(c => c is not null && (topic.Count == 0 || c.Score > 0))
            .OrderByDescending(c => c!.Score).ThenBy(c => c!.SentenceId)
            .Select(c => c!)
            .ToList();
    }

    private List<string> TopicTerms(UnderstoodMessage message, List<int> speakerIds)
    {
        var said = _vocabulary.Expand("say").ToHashSet();
        var topical = message.Terms.Where(t => !said.Contains(t) && !_vocabulary.IsSoft(t) && _vocabulary.Meaning(t) != "warn");
        var otherEntities = message.Entities.Where(e => !speakerIds.Contains(e.Entity.Id))
            .SelectMany(e => Knowledge.Text.TermAnalyzer.Terms(e.Entity.Name));
        return topical.Concat(otherEntities).Distinct().ToList();
    }

    private AnswerCandidate? Score(Statement statement, IReadOnlyList<string> topic, string? verbMeaning)
    {
        if (statement.SentenceIds.Count == 0) return null;
        var sentences = statement.SentenceIds.Select(_knowledge.Sentence).ToList();
        var best = sentences.Select(s => (Sentence: s, Hits: topic.Count(t => _vocabulary.Expand(t).Any(s.Terms.Contains))))
            .OrderByDescending(p => p.Hits).ThenBy(p => p.Sentence.Id).First();
        var contentTerms = Knowledge.Text.TermAnalyzer.Terms(statement.Content).ToHashSet();
        var hits = Math.Max(best.Hits, topic.Count(t => _vocabulary.Expand(t).Any(contentTerms.Contains)));
        var verbBonus = verbMeaning is not null && _vocabulary.Expand(verbMeaning).Contains(Knowledge.Text.TermAnalyzer.Stem(statement.Verb)) ? 0.5 : 0;
        var score = topic.Count == 0 ? 1 + verbBonus : hits / (double)topic.Count + (hits > 0 ? verbBonus : 0);
        var speaker = _knowledge.Entity(statement.SpeakerEntityId);
        var text = $"{speaker.Name} {PastTense(statement.Verb)}: \u201C{Shorten(statement.Content)}\u201D";
        return new AnswerCandidate(text, best.Sentence.Id, score) { EntityIds = new[] { speaker.Id } };
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
        if (text.Length <= 320) return text;
        var cut = text.LastIndexOf(". ", 320, StringComparison.Ordinal);
        return (cut > 80 ? text[..(cut + 1)] : text[..320].TrimEnd()) + " \u2026";
    }
}
