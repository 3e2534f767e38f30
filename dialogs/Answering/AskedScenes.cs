using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Extraction;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// The places a question may find in its story's scene rather than in the answering sentence (see
/// <see cref="StorySettings"/>): those it puts its events in ("how many boats sank in the Gulf of Tarn", "the inquiry into
/// the Tarnby drones"), and in what-, when-, how- and why-questions any other it names ("why did Tarnby close", "the
/// Tarnby suspects"), never one that qualifies a thing ("Tarnia's minister", "the mayor of Tarnby"): that place's
/// thing must be in the sentence. A who-question's person must be placed by its sentence unless the place sets events
/// or names the story's thing ("who hit the Tarnby container terminal").
/// </summary>
public static class AskedScenes
{
    private static readonly string[] Placing = { "in", "at", "off", "near", "into", "over" };

    /// <summary>The ids of the question's scene places.</summary>
    public static HashSet<int> Of(UnderstoodMessage message) =>
        message.Entities.Where(m => IsScene(message, m)).Select(m => m.Entity.Id).ToHashSet();

    /// <summary>The ids of the places the question names as owners ("Tarnia's minister", "Tarnby's water order").</summary>
    public static HashSet<int> OwnersOf(UnderstoodMessage message) =>
        message.Entities.Where(m => m.Entity.Kind == EntityKind.Place && IsPossessive(message.Original, m)).Select(m => m.Entity.Id).ToHashSet();

    private static bool IsScene(UnderstoodMessage message, EntityMatch match)
    {
        var before = WordBefore(message.Original, match.Start);
        var placed = Placing.Contains(before);
        if (match.Entity.Kind != EntityKind.Place) return match.Entity.Kind == EntityKind.Other && placed && (!AsksWho(message) || AsksWhoOfAThing(message, match));
        return placed || (!AsksWho(message) && before != "of" && !IsPossessive(message.Original, match)) || AsksWhoOfAThing(message, match);
    }

    /// <summary>
    /// True when a who-question's name stands after "the" before a noun that is no title: "who hit the Tarnby container terminal" names
    /// the story's terminal, which its sentences call "the terminal"; "the Tarnby mayor" asks for Tarnby's mayor. A group
    /// ("which group attacked the Tarnby terminal") is no person: any speaker's agency in the story would do.
    /// </summary>
    private static bool AsksWhoOfAThing(UnderstoodMessage message, EntityMatch match)
    {
        var text = message.Original;
        if (message.Expected != AnswerKind.Person) return false;
        var end = match.Start + match.Length;
        if (match.Start < 4 || end > text.Length || !text[..match.Start].EndsWith("the ", StringComparison.OrdinalIgnoreCase)) return false;
        return NounsNamedWith.WordAfter(text.ToLowerInvariant(), end) is { } noun && !Lexicon.IsTitleWord(noun);
    }

    private static bool AsksWho(UnderstoodMessage message) => message.Expected is AnswerKind.Person or AnswerKind.Organization;

    /// <summary>The word before the name, past a "the".</summary>
    private static string? WordBefore(string text, int start) =>
        start <= 0 ? null : text[..start].ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Reverse().SkipWhile(w => w == "the").FirstOrDefault();

    private static bool IsPossessive(string text, EntityMatch match)
    {
        var end = match.Start + match.Length;
        return match.Surface.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || match.Surface.EndsWith("’s", StringComparison.OrdinalIgnoreCase)
            || (match.Start >= 0 && end >= 0 && end + 1 < text.Length && text[end] is '\'' or '’' && text[end + 1] is 's' or 'S');
    }
}
