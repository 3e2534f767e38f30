using System.Text.RegularExpressions;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "Does he think a foreign state is behind it?" about someone who "declined to say whether" it was: the outcome is open,
/// but that refusal is what the briefing tells of him, so it is the answer. Only when the one who declined is whom the
/// question names or means: "did a government pay?" is not answered by a spokeswoman declining to say.
/// </summary>
public sealed partial class DeclinedAnswers
{
    private readonly IBriefingKnowledge _knowledge;

    /// <summary>Creates the reader.</summary>
    public DeclinedAnswers(IBriefingKnowledge knowledge) => _knowledge = knowledge;

    /// <summary>True when the sentence has someone the question is about decline to say whether the asked thing is so.</summary>
    public bool ByAsked(UnderstoodMessage message, int sentenceId)
    {
        var declined = Declined().Match(_knowledge.Sentence(sentenceId).Text);
        if (!declined.Success) return false;
        var asked = message.AllEntityIds.ToHashSet();
        return _knowledge.MentionsIn(sentenceId).Any(m => m.Start < declined.Index && asked.Contains(m.EntityId));
    }

    [GeneratedRegex(@"\b(declined|refused|would not|did not|wouldn't|didn't) (to )?(say|comment on|confirm|disclose|reveal|speculate on) whether\b", RegexOptions.IgnoreCase)]
    private static partial Regex Declined();
}
