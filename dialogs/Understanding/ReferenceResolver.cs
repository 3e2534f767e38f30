using System.Text.RegularExpressions;
using BriefingBot.Dialogs.State;
using BriefingBot.Knowledge.Model;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>Resolves pronouns and "the group"-style references to the entities the conversation is about.</summary>
public static partial class ReferenceResolver
{
    /// <summary>Entity ids the message refers to without naming them.</summary>
    /// <param name="normalized">The normalized message.</param>
    /// <param name="memory">What the conversation is about.</param>
    /// <param name="kindOf">The kind of an entity.</param>
    /// <param name="pronounOf">"she" or "he" when the articles call a person only that, else null (<see cref="PersonPronouns"/>).</param>
    public static IReadOnlyList<int> Resolve(string normalized, ConversationMemory memory, Func<int, EntityKind> kindOf, Func<int, string?>? pronounOf = null)
    {
        var ids = new List<int>();
        if (PersonPronoun().IsMatch(normalized) && (OfferedPerson(normalized, memory, kindOf, pronounOf ?? (_ => null)) ?? memory.FocusPersonId) is int person) ids.Add(person);
        // "What was she carrying?" after "which ship …" answered a ship and no one: a ship is "she".
        else if (SheOrHer().IsMatch(normalized) && memory.FocusPersonId is null && memory.FocusEntityId is int vessel && kindOf(vessel) == EntityKind.Vessel) ids.Add(vessel);
        // "Who works there?" after "where is the trust based?": one works at the trust, not at its town.
        if (WorksThere().IsMatch(normalized) && memory.FocusEntityId is int employer) ids.Add(employer);
        // "Who's the boss there?" after "who runs the airport?" answered its operator: the boss is the operator's.
        else if (HeadThere().IsMatch(normalized) && memory.FocusEntityId is int organisation && kindOf(organisation) == EntityKind.Organization) ids.Add(organisation);
        else if (There().IsMatch(normalized) && memory.FocusPlaceId is int place) ids.Add(place);
        else if (memory.FocusEntityId is int thing && !ids.Contains(thing) && RefersTo(normalized, kindOf(thing))) ids.Add(thing);
        return ids;
    }

    /// <summary>
    /// "Who is the lawyer?" offered "Ann Roe or Eva Lind?" and the user asks on instead of choosing ("how old is her
    /// client?"): "she" is the first person offered, the best-ranked answer, not whoever was in focus before — the first
    /// the articles do not call "he" when one is.
    /// </summary>
    private static int? OfferedPerson(string normalized, ConversationMemory memory, Func<int, EntityKind> kindOf, Func<int, string?> pronounOf)
    {
        var people = memory.PendingChoices.Select(c => c.EntityId).Where(id => id > 0 && kindOf(id) == EntityKind.Person).ToList();
        var asked = SheOrHer().IsMatch(normalized) ? "she" : "he";
        var fitting = people.Where(id => pronounOf(id) is not { } called || called == asked).Cast<int?>().FirstOrDefault();
        return fitting ?? people.Cast<int?>().FirstOrDefault();
    }

    /// <summary>True when the message says "it", "they", "them", "these" or "those" (not "that" or "there", which are often no pronoun: "who said that …").</summary>
    public static bool RefersToAThing(string normalized) => ItOrThey().IsMatch(normalized);

    /// <summary>
    /// "It", "they" … may mean the thing in focus; "the group" only a thing that can be a group: after "who heads the
    /// agency in Tarnia?", "how long did her agency watch the group" does not mean Tarnia.
    /// </summary>
    private static bool RefersTo(string normalized, EntityKind kind)
    {
        if (ThingPronoun().IsMatch(normalized)) return true;
        var named = NamedThing().Match(normalized);
        if (!named.Success) return false;
        var isPlace = named.Groups["noun"].Value is "city" or "country" or "place" or "town" or "port";
        var isGroup = !isPlace && named.Groups["noun"].Value is not ("attack" or "battle" or "event" or "incident");
        return !(isGroup && kind is EntityKind.Place or EntityKind.Person) && !(isPlace && kind is not EntityKind.Place);
    }

    /// <summary>
    /// "What do we know about the ship's captain?" answered with no name, then "how old is he?": the message with its
    /// "he", "she", "him", "his" or "her" put as the noun the person was asked about by ("how old is the captain"), or
    /// null when the message says none or no person was asked about by a noun alone.
    /// </summary>
    public static string? PutPersonNoun(string normalized, ConversationMemory memory)
    {
        if (memory.FocusPersonNoun is not { } noun || !PersonPronoun().IsMatch(normalized)) return null;
        return Possessive().Replace(Subject().Replace(normalized, "the " + noun), $"the {noun}'s");
    }

    [GeneratedRegex(@"\b(he|she|him|himself|herself)\b|\bher\b(?=$| (?!(\w+ing|\w+ed)\b)(to|for|with|about|at|in|on|from|of|by|that|what|if|whether)\b)")]
    private static partial Regex Subject();

    [GeneratedRegex(@"\b(his|her|hers)\b")]
    private static partial Regex Possessive();

    /// <summary>True when the message goes on with the conversation: "and what happened to prices?", "what about the fine?".</summary>
    public static bool GoesOn(string normalized) => GoingOn().IsMatch(normalized);

    /// <summary>True when the message says "he", "she", "him" or "her".</summary>
    public static bool MentionsPerson(string normalized) => PersonPronoun().IsMatch(normalized);

    /// <summary>True when the message says "he", "she", "him" or an object "her", not only a possessive ("his", "her office").</summary>
    public static bool NamesPersonItself(string normalized) => Subject().IsMatch(normalized);

    /// <summary>True when the message says "it" or "its".</summary>
    public static bool SaysIt(string normalized) => It().IsMatch(normalized);

    /// <summary>True when the message says "it" or "its" and the conversation has no focus and no answer yet for it to mean.</summary>
    public static bool SaysItAboutNothing(string normalized, ConversationMemory memory) =>
        memory.FocusEntityId is null && memory.LastSentenceId is null && It().IsMatch(normalized);

    /// <summary>
    /// True when the message is only a question word ("where?", "when?", "why?", "by when?") or a bare count ("over how
    /// many years?", "and how much money?"): it asks about the last answer.
    /// </summary>
    public static bool IsBareQuestionWord(string normalized) => BareQuestion().IsMatch(normalized);

    [GeneratedRegex(@"(?<!\b(is|are|was|were|has|have) )\bthere\b(?! (is|are|was|were|be|have|has)\b)")]
    private static partial Regex There();

    [GeneratedRegex(@"\b(work|works|worked|working|employed) there\b")]
    private static partial Regex WorksThere();

    [GeneratedRegex(@"\b(boss|head|chief|director|manager|chairman|chairwoman|chair|president|owner|spokesman|spokeswoman|spokesperson) (there|in charge there)\b")]
    private static partial Regex HeadThere();

    [GeneratedRegex(@"^(and|also|what about|how about) ")]
    private static partial Regex GoingOn();

    [GeneratedRegex(@"\b(it|its)\b")]
    private static partial Regex It();

    [GeneratedRegex(@"\b(it|its|they|them|their|these|those)\b")]
    private static partial Regex ItOrThey();

    [GeneratedRegex(@"\b(he|she|him|her|his|hers|himself|herself)\b")]
    private static partial Regex PersonPronoun();

    [GeneratedRegex(@"\b(she|her|hers|herself)\b")]
    private static partial Regex SheOrHer();

    // "The guns that got through": "that" after a noun it describes begins a clause and means nothing said before.
    [GeneratedRegex(@"\b(it|its|they|them|their|theirs|there|this|(?<!\b(the|a|an|his|her|its|their)( \w+){1,2} )that|these|those)\b(?! (is|are|was|were) (going|the))")]
    private static partial Regex ThingPronoun();

    [GeneratedRegex(@"\b(the|that|this) (?<noun>group|organi[sz]ation|program|programme|agency|party|company|firm|city|country|place|town|port|attack|battle|event|incident)\b")]
    private static partial Regex NamedThing();

    [GeneratedRegex(@"^(and )?(where|when|why|who|how|(since|until|till|by|from) when|((over|for|in|within) )?how (long|many|much)( \w+)?|by whom|by who|who by)( exactly| then)?$")]
    private static partial Regex BareQuestion();
}
