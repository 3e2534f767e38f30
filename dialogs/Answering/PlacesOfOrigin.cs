using System.Text.RegularExpressions;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "Where are most of the crew from": a question ending in "from" asks where someone or something comes from, which a
/// sentence says with "from" before the place ("most of them from Corvia"), not with a place it names otherwise
/// ("told reporters in Brill", "rescued by the Brill lifeboat"); one ending in "to" asks the opposite.
/// </summary>
public sealed partial class PlacesOfOrigin
{
    private readonly IBriefingKnowledge _knowledge;

    /// <summary>Creates the check.</summary>
    public PlacesOfOrigin(IBriefingKnowledge knowledge) => _knowledge = knowledge;

    /// <summary>True for a where-question, or one asking which country, that ends in "from".</summary>
    public static bool Asks(UnderstoodMessage message) => message.Expected == AnswerKind.Place && WhereFrom().IsMatch(message.Normalized);

    /// <summary>
    /// True for a where-question that ends in "to" ("where were they flown to") or asks where someone or something was
    /// taken, sent or went: it asks where they went, so a place the sentence names right after "from" is not the answer
    /// ("a flight from Tarnby", "a crate of tea from Tarnia").
    /// </summary>
    public static bool AsksDestination(UnderstoodMessage message) =>
        message.Expected == AnswerKind.Place && (WhereTo().IsMatch(message.Normalized) || (WhereTaken().IsMatch(message.Normalized) && !WhereFrom().IsMatch(message.Normalized)));

    /// <summary>True when the sentence names some place right after "from".</summary>
    public bool AnyIn(Sentence sentence) => _knowledge.MentionsIn(sentence.Id).Any(m => AfterFrom(sentence.Text, m));

    /// <summary>True when the sentence names the place right after "from".</summary>
    public bool Follows(Sentence sentence, Entity place) =>
        _knowledge.MentionsIn(sentence.Id).Any(m => m.EntityId == place.Id && AfterFrom(sentence.Text, m));

    private bool AfterFrom(string text, Mention mention) =>
        _knowledge.Entity(mention.EntityId).Kind == EntityKind.Place && FromBefore().IsMatch(text[..Math.Clamp(mention.Start, 0, text.Length)]);

    [GeneratedRegex(@"^(where|(which|what) (country|nation))\b.*\bfrom$")]
    private static partial Regex WhereFrom();

    [GeneratedRegex(@"\bwhere\b.*\bto$")]
    private static partial Regex WhereTo();

    /// <summary>
    /// "Where did the vans carry the guns", "where were they sent": a question about carrying someone or something somewhere.
    /// Narrower than <see cref="DestinationPlaces.AsksMovement"/> on purpose: its "sail…" would make "where did the sailors
    /// lock themselves in" ask a destination.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:and|so|but|then) )?where (?:did|do|does|was|were|is|are|has|have|had|will)\b.*\b(?:take|takes|taken|took|send|sends|sent|bring|brings|brought|move|moved|transfer\w*|deport\w*|extradit\w*|divert\w*|tow|towed|relocat\w*|flee|fled|go|went|gone|head|headed)\b")]
    private static partial Regex WhereTaken();

    /// <summary>"from ", "from the ", "from a ", "from the northern port of ".</summary>
    [GeneratedRegex(@"\bfrom (the |a |an )?([\w'-]+ ){0,3}(of )?$", RegexOptions.IgnoreCase)]
    private static partial Regex FromBefore();
}
