using System.Text.RegularExpressions;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "The case began on 3 June. That morning dock workers found 30 rifles.": a sentence that opens with "that morning",
/// "that day", "the same day" … happened on the date the sentence before gives, when it gives exactly one.
/// </summary>
public sealed partial class SameDayTimes
{
    private readonly IBriefingKnowledge _knowledge;

    /// <summary>Creates the finder.</summary>
    public SameDayTimes(IBriefingKnowledge knowledge) => _knowledge = knowledge;

    /// <summary>The words that refer back ("That morning") and the one date of the sentence before, or null.</summary>
    public (string Words, TimeExpression Date)? Of(Sentence sentence, Func<TimeExpression, bool> isDate)
    {
        var match = SameDay().Match(sentence.Text);
        if (!match.Success) return null;
        var previous = _knowledge.SentencesOf(sentence.ArticleId).FirstOrDefault(s => s.Index == sentence.Index - 1);
        var dates = previous is null ? new List<TimeExpression>() : _knowledge.TimesIn(previous.Id).Where(t => isDate(t) && t.ResolvedStart is not null).ToList();
        return dates.Count == 1 ? (match.Value.TrimEnd(','), dates[0]) : null;
    }

    [GeneratedRegex(@"^(later |earlier |on )?(that|the same) (morning|day|afternoon|evening|night),?", RegexOptions.IgnoreCase)]
    private static partial Regex SameDay();
}
