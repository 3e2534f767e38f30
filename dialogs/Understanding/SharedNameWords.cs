using System.Text.RegularExpressions;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>
/// A name word two names share goes to the one that also holds the question's word before it: "the foreign affairs
/// department" matched by "affairs", the short name of "Home Affairs", names the "Department of Foreign Affairs".
/// </summary>
public static partial class SharedNameWords
{
    /// <summary>The matches, each one-word match of a thing's last name word given to the other entity holding the word before it too.</summary>
    public static IReadOnlyList<EntityMatch> Reassigned(IReadOnlyList<EntityMatch> matches, string text, IBriefingKnowledge knowledge) =>
        matches.Select(m => OtherHolder(m, text, knowledge) ?? m).ToList();

    private static EntityMatch? OtherHolder(EntityMatch match, string text, IBriefingKnowledge knowledge)
    {
        var word = match.Surface.Trim().ToLowerInvariant();
        if (match.Entity.Kind == EntityKind.Person || word.Contains(' ') || match.Start <= 0 || match.Start > text.Length) return null;
        if (Words(match.Entity.Name) is not { Count: >= 2 } own || own[^1] != word) return null;
        if (WordBefore().Match(text[..match.Start]) is not { Success: true } before || own.Contains(before.Groups["word"].Value.ToLowerInvariant())) return null;
        var modifier = before.Groups["word"].Value.ToLowerInvariant();
        var holders = knowledge.Entities.Where(e => e.Id != match.Entity.Id && Words(e.Name) is var names && names.Contains(word) && names.Contains(modifier)).ToList();
        return holders.Count == 1 ? match with { Entity = holders[0], Start = before.Index, Length = match.Start + match.Length - before.Index, Surface = text[before.Index..(match.Start + match.Length)] } : null;
    }

    private static List<string> Words(string name) => name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();

    [GeneratedRegex(@"(?<word>[A-Za-z]+)\s+$", RegexOptions.RightToLeft)]
    private static partial Regex WordBefore();
}
