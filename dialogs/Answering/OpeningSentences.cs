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

    /// <summary>
    /// True when a later sentence holds as many asked words as the best-ranked opening that misses some, the missed ones
    /// among them ("what was it hidden behind", a lede saying only "hidden in containers", a later sentence "stacked
    /// behind boxes in the containers"): it tells what the opening leaves out, not the same words again.
    /// </summary>
    public static bool TellsWhatOpeningMisses(RankedSentence later, IReadOnlyList<RankedSentence> ranked, UnderstoodMessage message) =>
        !Is(later.Sentence) && ranked.FirstOrDefault(r => MissAsked(r, message)) is { } opening && later.TermCoverage >= opening.TermCoverage
        && message.Terms.Where(t => !opening.Sentence.Terms.Contains(t)).All(later.Sentence.Terms.Contains);
}
