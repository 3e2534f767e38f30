using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Answering;

/// <summary>Answers open what-questions with the best sentence itself: the sentence is the answer.</summary>
public sealed class SentenceAnswerExtractor : IAnswerExtractor
{
    /// <inheritdoc />
    public bool Handles(AnswerKind kind) => kind is AnswerKind.Any or AnswerKind.Definition;

    /// <inheritdoc />
    public IEnumerable<AnswerCandidate> Extract(UnderstoodMessage message, RankedSentence ranked)
    {
        yield return new AnswerCandidate(ranked.Sentence.Text.Trim(), ranked.Sentence.Id, ranked.Score);
    }
}
