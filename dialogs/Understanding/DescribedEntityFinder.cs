using BriefingBot.Dialogs.State;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>
/// Finds the groups, firms, people and things a question names without their full name: "the port operator"
/// (described in an article as "the port's operator"), "the marketing firm", "the welder" (a person described as one),
/// "the harbour line company" (the first words of a longer name). Only one fitting entity is taken — the
/// conversation's subject when it fits, else the only one that fits; when several fit, none is.
/// </summary>
public sealed partial class DescribedEntityFinder
{
    /// <summary>Marks a match found by description rather than by name.</summary>
    public const double DescriptionScore = 0.7;

    private readonly IBriefingKnowledge _knowledge;
    private readonly NameBeginnings _nameBeginnings;
    private readonly NounDescriptions _nounDescriptions;
    private readonly EntityWordIndex _words;

    /// <summary>Creates the finder.</summary>
    public DescribedEntityFinder(IBriefingKnowledge knowledge, NameBeginnings nameBeginnings, NounDescriptions nounDescriptions, EntityWordIndex words)
    {
        _knowledge = knowledge;
        _nameBeginnings = nameBeginnings;
        _nounDescriptions = nounDescriptions;
        _words = words;
    }

    /// <summary>True for a match found by description: the sentence that says its noun may mean it.</summary>
    public static bool IsDescription(EntityMatch match) => match.Score == DescriptionScore;

    /// <summary>
    /// The entities matched by name, with those the text describes outside them; a longer name beginning ("lakeport
    /// central") replaces a name match inside it ("lakeport").
    /// </summary>
    public IReadOnlyList<EntityMatch> Complete(string text, IReadOnlyList<EntityMatch> named, ConversationMemory memory)
    {
        var lower = text.ToLowerInvariant();
        var beginnings = _nameBeginnings.In(lower).Select(h => Match(h.EntityId, h.At, h.Length, text)).ToList();
        named = named.Select(n => beginnings.Any(p => IsPlaceBeforeOrganisation(n, p)) || IsFollowedByOwnNoun(n, text) ? WithNextWord(n, text) : n).ToList();
        var byFirstWords = beginnings.Where(p => !named.Any(n => TextSpans.Overlaps(n.Start, n.Length, new[] { (p.Start, p.Length) }) && (n.Length >= p.Length || IsPlaceBeforeOrganisation(n, p)))).ToList();
        var kept = named.Where(n => !byFirstWords.Any(p => TextSpans.Overlaps(n.Start, n.Length, new[] { (p.Start, p.Length) }))).Concat(byFirstWords).ToList();
        var described = _nounDescriptions.In(lower, kept, memory).Select(d => Match(d.EntityId, d.At, d.Length, text));
        return kept.Concat(described).ToList();
    }

    /// <summary>
    /// "The valencia port suspects": a place's name and a noun after it are the place's own thing, not the first words of
    /// an organisation named after it ("Valencia Port Authority"); a place's station or bridge ("lakeport central") still replaces it.
    /// </summary>
    private static bool IsPlaceBeforeOrganisation(EntityMatch place, EntityMatch beginning) =>
        place.Start == beginning.Start && place.Entity.Kind == EntityKind.Place && beginning.Entity.Kind == EntityKind.Organization;

    /// <summary>
    /// "The Tarn Link cable" when the articles call Tarn Link "the cable": a thing's name and its own noun after it are one
    /// reference, so a sentence that names it without the noun ("the 40-km Tarn Link") still speaks of it. Not for a person
    /// ("the Roe lawyer" is someone else) nor a place ("the Tarnby plant" is a thing in it); the noun as written, since "the
    /// TCD director" is no Tarn Cyber Directorate though the two share a stem.
    /// </summary>
    private bool IsFollowedByOwnNoun(EntityMatch match, string text) =>
        match.Entity.Kind is not (EntityKind.Person or EntityKind.Place) && !IsDescription(match)
        && NextWord().Match(text, match.Start + match.Length) is { Success: true } next
        && next.Value.Trim().ToLowerInvariant() is var noun
        && _words.WithHead(Knowledge.Text.TermAnalyzer.Stem(noun)).Any(w => w.EntityId == match.Entity.Id && w.IsWrittenAs(noun));

    /// <summary>The place's (or thing's) match with the noun after it ("valencia port"): that noun is the place, not a term to find.</summary>
    private static EntityMatch WithNextWord(EntityMatch place, string text)
    {
        var next = NextWord().Match(text, place.Start + place.Length);
        var end = next.Success ? next.Index + next.Length : place.Start + place.Length;
        return place with { Length = end - place.Start, Surface = text[place.Start..end] };
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\G\s+[A-Za-z]+")]
    private static partial System.Text.RegularExpressions.Regex NextWord();

    private EntityMatch Match(int entityId, int start, int length, string text) =>
        new(_knowledge.Entity(entityId), start, length, text.Substring(start, length), DescriptionScore);
}
