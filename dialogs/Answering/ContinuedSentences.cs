using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// A count, span, date or place often stands in a sentence that goes on from the one before it in its paragraph: "The
/// harbour's owner, Tarnby Docks, said its cranes had stopped. The gang asked for a ransom, to be paid within ten days."
/// For "how long does the owner have to pay", an asked word the answering sentence lacks may stand in the sentence just
/// before it, when the two hold every asked word, the sentence itself at least as many as it borrows, and it names what the question names.
/// </summary>
public sealed class ContinuedSentences
{
    private readonly IBriefingKnowledge _knowledge;
    private readonly SentenceIndex _index;
    private readonly Vocabulary _vocabulary;

    /// <summary>Creates the reader.</summary>
    public ContinuedSentences(IBriefingKnowledge knowledge, SentenceIndex index, Vocabulary vocabulary)
    {
        _knowledge = knowledge;
        _index = index;
        _vocabulary = vocabulary;
    }

    /// <summary>True when the question's kind of answer may be taken from a sentence that continues the one before it.</summary>
    public static bool Asks(UnderstoodMessage message) => message.Expected is AnswerKind.Number or AnswerKind.Duration or AnswerKind.Date or AnswerKind.Place;

    /// <summary>
    /// The test of a ranked sentence: it holds every asked word or the sentence before it in its paragraph does, and it holds
    /// itself at least as many of them as it borrows ("what ransom did the gang ask of the rail owner" is not met by the two
    /// sentences above: no one wrote "rail"). Only the question's own words count, not WordNet's: "what salary did the clerk
    /// earn" is not met by "he was paid" twice over.
    /// </summary>
    public Func<RankedSentence, bool> Covers(UnderstoodMessage message)
    {
        var asked = AskedWords.Of(message, _vocabulary);
        if (asked.Own.Length == 0 || asked.Described.Count > 0) return _ => false;
        return ranked =>
        {
            if (!ranked.MeetsConstraints || Previous(ranked.Sentence) is not { } previous) return false;
            var own = _index.TermsOf(ranked.Sentence.Id);
            var before = _index.TermsOf(previous.Id);
            var met = asked.Own.Count(words => words.Any(own.Contains));
            var borrowed = asked.Own.Count(words => !words.Any(own.Contains) && words.Any(before.Contains));
            return met > 0 && borrowed > 0 && borrowed <= met && met + borrowed == asked.Own.Length;
        };
    }

    private Sentence? Previous(Sentence sentence) =>
        sentence.Index == 0 ? null : _knowledge.SentencesOf(sentence.ArticleId).FirstOrDefault(s => s.Paragraph == sentence.Paragraph && s.Index == sentence.Index - 1);
}
