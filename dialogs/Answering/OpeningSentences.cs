using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// A story's title and lede sum up the whole story in few sentences dense with its words, so they fit many questions
/// in part: "what nickname does the ring's boss go by" shares "ring" and "smuggling" with "Police Break Up Smuggling Ring
/// in Three Ports" and asks nothing it tells. Given as the whole-sentence answer to an open question, an opening sentence
/// must hold every asked word; one that misses some is no answer, and the bot says it does not know. A "which airport"
/// question is told by an opening sentence that says "airport" and names one (<see cref="SentenceAnswerExtractor"/>).
/// </summary>
public static class OpeningSentences
{
    /// <summary>True when the sentence is its story's title or lede.</summary>
    public static bool Is(Knowledge.Model.Sentence sentence) => sentence.Index <= 1;

    /// <summary>True when the sentence is its story's title or lede and misses a word the question asks.</summary>
    public static bool MissAsked(RankedSentence ranked, UnderstoodMessage message) =>
        Is(ranked.Sentence) && ranked.TermCoverage < 1 && !(message.HeadNoun is not null && SentenceAnswerExtractor.AsksWhich(message.Normalized));
}
