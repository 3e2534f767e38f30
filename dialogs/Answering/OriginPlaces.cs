using System.Text.RegularExpressions;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "Where were the rifles kept" read in "rifles packed in a crate of tea from Tarnia": "from Tarnia" tells where the
/// tea came from, not where the rifles were. A place named only in a "from" phrase of a noun that itself says where
/// ("in a crate … from", "on a flight from", "aboard a ship from") does not answer a where-question that asks of no
/// coming or going; one after a verb does ("stole a forklift from Kelda Harbour").
/// </summary>
public static partial class OriginPlaces
{
    /// <summary>True when every mention of the place in the sentence is such a "from" phrase and the question asks of no origin or movement.</summary>
    public static bool Only(Sentence sentence, IEnumerable<Mention> mentions, UnderstoodMessage message)
    {
        var list = mentions.ToList();
        return list.Count > 0 && !AsksOrigin().IsMatch(message.Normalized) && !DestinationPlaces.AsksMovement(message.Normalized)
            && list.All(m => FromInLocativePhrase().IsMatch(sentence.Text[..Math.Clamp(m.Start, 0, sentence.Text.Length)]));
    }

    [GeneratedRegex(@"\b(?:in|inside|into|on|aboard|among|under|beneath|behind|within) (?:the |a |an )?(?:[\p{L}'-]+ ){1,4}from (?:the |a |an )?(?:[\p{L}'-]+ ){0,3}(?:of )?$", RegexOptions.IgnoreCase)]
    private static partial Regex FromInLocativePhrase();

    /// <summary>"Where did it come from", "where was it bought / made / grown": the question asks an origin.</summary>
    [GeneratedRegex(@"\b(from|come|comes|came|coming|origin\w*|import\w*|sourc\w*|buy|bought|purchas\w*|made|make|produc\w*|manufactur\w*|grown|born)\b")]
    private static partial Regex AsksOrigin();
}
