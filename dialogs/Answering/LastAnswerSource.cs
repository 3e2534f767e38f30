using System.Text.RegularExpressions;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "Who gave that figure?", "who said that?" after an answer: the one whose statement the last answer's sentence is
/// ("The fair will cost 2 million euros, the mayor said" … "who gave that figure?" → the mayor).
/// </summary>
public static partial class LastAnswerSource
{
    /// <summary>True when the message asks only who said or gave what was just answered.</summary>
    public static bool Asks(string normalized) => SourceQuestion().IsMatch(normalized);

    /// <summary>The single speaker of the statements drawn from the sentence, or no answer when it has none or several.</summary>
    public static AnswerOutcome Of(IBriefingKnowledge knowledge, int sentenceId)
    {
        var speakers = knowledge.StatementsIn(sentenceId).Select(s => s.SpeakerEntityId).Distinct().ToList();
        if (speakers.Count != 1) return AnswerOutcome.None;
        var speaker = knowledge.Entity(speakers[0]);
        return new AnswerOutcome { Answer = new AnswerCandidate(speaker.Name, sentenceId, 1) { EntityIds = new[] { speaker.Id }, Timeless = true } };
    }

    [GeneratedRegex(@"^(and )?who (said|says|gave|gives|put|puts|provided|estimated|reported|announced|claimed|stated|offered|made) (that|this|it|those|these)( (figure|figures|number|numbers|estimate|estimates|amount|sum|total|count|toll|claim|statement|warning|information))?$")]
    private static partial Regex SourceQuestion();
}
