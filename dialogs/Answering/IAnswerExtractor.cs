using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Answering;

/// <summary>Finds answers of the kinds it knows in one ranked sentence.</summary>
public interface IAnswerExtractor
{
    /// <summary>True when this extractor answers questions that expect <paramref name="kind"/>.</summary>
    bool Handles(AnswerKind kind);

    /// <summary>Answers the sentence gives to the question, best first; empty when it gives none.</summary>
    IEnumerable<AnswerCandidate> Extract(UnderstoodMessage message, RankedSentence sentence);
}
