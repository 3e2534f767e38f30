using System.Text.RegularExpressions;
using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "Where was the ledger hidden" may be answered by no place name: "the ledger was tucked beneath a loose floorboard". When
/// no place answers a where-question asking a verb of hiding, putting or finding, the top covering sentence telling such a
/// verb answers with the phrase opened by a preposition of position right after it, up to the next comma or clause;
/// "from" ends it too, the place after it telling where the container came from (<see cref="PlacesOfOrigin"/>).
/// </summary>
public static partial class HidingPlacePhrases
{
    /// <summary>True for a where-question whose verb hides, puts or finds something.</summary>
    public static bool Asks(UnderstoodMessage message) =>
        message.Expected == AnswerKind.Place && message.Normalized.StartsWith("where ", StringComparison.Ordinal) && HidingVerb().IsMatch(message.Normalized);

    /// <summary>The phrase after the hiding verb of the sentence, as an answer; none when the sentence tells no such verb.</summary>
    public static AnswerCandidate? In(RankedSentence ranked)
    {
        var phrase = PhraseAfterVerb().Match(ranked.Sentence.Text);
        if (!phrase.Success) return null;
        var text = phrase.Groups["phrase"].Value.Trim();
        return new AnswerCandidate(char.ToUpperInvariant(text[0]) + text[1..] + ".", ranked.Sentence.Id, ranked.Score) { InVerbClause = true };
    }

    private const string Verbs = @"hid|hidden|hide|hides|hiding|conceal(?:s|ed|ing)?|stash(?:es|ed|ing)?|stow(?:s|ed|ing)?|kept|keep|keeps|stor(?:e|es|ed|ing)|plac(?:e|es|ed|ing)|put|puts|found|find|finds|bur(?:y|ies|ied|ying)|tuck(?:s|ed)?";

    [GeneratedRegex(@"\b(?:" + Verbs + @")\b")]
    private static partial Regex HidingVerb();

    [GeneratedRegex(@"\b(?:" + Verbs + @")(?: (?:away|deep|safely|secretly|carefully))? (?<phrase>(?:inside|in|under|underneath|beneath|behind|within|among|between|below|inside of) (?:the|a|an|his|her|its|their|two|several|one|some)\b[^,;:.()""“”]*?)(?=[,;:.()""“”]|$| (?:where|which|that|who|when|while|after|before|until|and|but|because|so|as|by|to|for|from|during|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PhraseAfterVerb();
}
