using BriefingBot.Knowledge.Text;
using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// Answers open what-questions with the best sentence itself: the sentence is the answer. A "which hotel" question asks
/// for a hotel: a sentence that never says the noun, or says only the noun and no other asked word, or names nothing
/// the question did not name, does not answer it.
/// A question about what someone said takes only a sentence that reports it (<see cref="ReportedSentences"/>).
/// </summary>
public sealed class SentenceAnswerExtractor : IAnswerExtractor
{
    private readonly ReportedSentences _reported;
    private readonly Knowledge.Query.IBriefingKnowledge _knowledge;

    /// <summary>Creates the extractor.</summary>
    public SentenceAnswerExtractor(ReportedSentences reported, Knowledge.Query.IBriefingKnowledge knowledge)
    {
        _reported = reported;
        _knowledge = knowledge;
    }

    /// <inheritdoc />
    public bool Handles(AnswerKind kind) => kind is AnswerKind.Any or AnswerKind.Definition;

    /// <inheritdoc />
    public IEnumerable<AnswerCandidate> Extract(UnderstoodMessage message, RankedSentence ranked)
    {
        if (message.HeadNoun is { } noun && AsksWhich(message.Normalized)
            && (!Names(ranked.Sentence, TermAnalyzer.Terms(noun), message) || !NamesAnother(ranked.Sentence, message))) yield break;
        // What someone said, when no statement answers it, is a sentence reporting what they said.
        if (message.Expected == AnswerKind.Quote && !_reported.Report(ranked.Sentence, message)) yield break;
        yield return new AnswerCandidate(ranked.Sentence.Text.Trim(), ranked.Sentence.Id, ranked.Score);
    }

    /// <summary>The sentence says the noun and another asked word: "its airlines" alone does not tell which airline.</summary>
    private static bool Names(Knowledge.Model.Sentence sentence, IReadOnlyList<string> noun, UnderstoodMessage message) =>
        noun.All(sentence.Terms.Contains) && message.Terms.Any(t => !noun.Contains(t) && sentence.Terms.Contains(t));

    /// <summary>"Which airport …" is told by a name: "the airport stayed shut" names none, nor does a sentence naming only what was asked.</summary>
    private bool NamesAnother(Knowledge.Model.Sentence sentence, UnderstoodMessage message) =>
        _knowledge.MentionsIn(sentence.Id).Any(m => !m.IsResolvedReference && !message.AllEntityIds.Contains(m.EntityId));

    /// <summary>"Which hotel …", "in which town …".</summary>
    internal static bool AsksWhich(string normalized) => normalized.StartsWith("which ", StringComparison.Ordinal) || normalized.Contains(" which ", StringComparison.Ordinal);
}
