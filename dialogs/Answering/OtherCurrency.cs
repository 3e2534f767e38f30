using System.Text.RegularExpressions;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "How much did the thief demand?" … "and in euros?": the last answer's sentence gives the sum in the asked money too
/// ("5 million kronor, about 450,000 euros").
/// </summary>
public static partial class OtherCurrency
{
    /// <summary>The amount of the last answer's sentence in the currency the message asks for, or null.</summary>
    public static AnswerCandidate? In(IBriefingKnowledge knowledge, UnderstoodMessage message, int lastSentenceId)
    {
        var asked = Asked().Match(message.SaidElliptically ?? message.Normalized);
        if (!asked.Success) return null;
        var currency = asked.Groups["cur"].Value.TrimEnd('s');
        var amount = knowledge.QuantitiesIn(lastSentenceId)
            .FirstOrDefault(q => q.Kind == "currency" && Regex.IsMatch(q.Text, $@"\b{Regex.Escape(currency)}s?\b", RegexOptions.IgnoreCase));
        return amount is null ? null : new AnswerCandidate(amount.Text, lastSentenceId, 1);
    }

    [GeneratedRegex(@"^(and |what about |how much )?(in|into) (?<cur>[a-z]+)$")]
    private static partial Regex Asked();
}
