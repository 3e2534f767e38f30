using System.Text.RegularExpressions;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "Where was the pipe cut" read in "divers cut a water pipe to Tarnia off Brill Point": "to Tarnia" tells where the pipe
/// goes, not where it was cut. A where-question that asks of no going, sending or leading takes no place the sentence
/// names only after "to" ("a road to Brill", "citizens may travel to Ruritania"), unless a past verb takes it there.
/// </summary>
public static partial class DestinationPlaces
{
    /// <summary>
    /// True when every mention of the place in the sentence follows "to" and the question asks of no movement; a past verb
    /// before "to" puts its subject there, where the rest happened ("he had travelled to Tarnia to buy it").
    /// </summary>
    public static bool Only(Sentence sentence, IEnumerable<Mention> mentions, UnderstoodMessage message)
    {
        var list = mentions.ToList();
        return list.Count > 0 && !AsksGoing().IsMatch(message.Normalized) && list.All(m => AfterTo().Match(sentence.Text[..Math.Clamp(m.Start, 0, sentence.Text.Length)]) is { Success: true } to
            && !Knowledge.Extraction.VerbLemmatizer.IsPastForm(to.Groups[1].Value.ToLowerInvariant()));
    }

    /// <summary>True for a where-question about going, sending or leading somewhere.</summary>
    public static bool AsksMovement(string normalized) => AsksGoing().IsMatch(normalized);

    [GeneratedRegex(@"\b([\p{L}'-]+) to (the )?$", RegexOptions.IgnoreCase)]
    private static partial Regex AfterTo();

    /// <summary>"Where did they flee to", "where was he taken", "where was the cargo bound": the question asks a destination.</summary>
    [GeneratedRegex(@"\b(to|go|goes|going|went|gone|head|heads|heading|headed|bound|send|sends|sent|take|takes|taken|took|bring|brought|move|moved|moving|travel\w*|flee|fled|fleeing|deport\w*|extradit\w*|transfer\w*|return\w*|escap\w*|ship|shipped|deliver\w*|carr\w*|sail\w*|fly|flew|flown|flying|flight|flights|rout\w*|divert\w*|tow|towed|escort\w*|export\w*|smuggl\w*|run|runs|ran|lead|leads|led|link\w*|connect\w*|evacuat\w*|relocat\w*|redirect\w*|land|landed|arriv\w*|destin\w*|bound)\b")]
    private static partial Regex AsksGoing();
}
