using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// The places a question may find in its story's scene rather than in the answering sentence (see
/// <see cref="StorySettings"/>): those it puts its events in ("how many boats sank in the Gulf of Tarn", "the inquiry into
/// the Tarnby drones"), and in what-, when-, how- and why-questions any other it names ("why did Tarnby close", "the
/// Tarnby suspects"), never one that qualifies a thing ("Tarnia's minister", "the mayor of Tarnby"): that place's
/// thing must be in the sentence. A who-question's person must be placed by its sentence unless the place sets events.
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
        if (match.Entity.Kind != EntityKind.Place) return match.Entity.Kind == EntityKind.Other && placed && !AsksWho(message);
        return placed || (!AsksWho(message) && before != "of" && !IsPossessive(message.Original, match));
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
