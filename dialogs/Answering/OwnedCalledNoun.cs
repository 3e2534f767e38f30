using System.Text.RegularExpressions;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "What is the coast guard patrol boat that intercepted the ship called", "what is the navy's frigate called": the noun
/// after an organisation or person the question names is theirs, so only a name the sentence writes next to that noun
/// (<see cref="CalledNames"/>: "the patrol boat Turva") names it — not another ship of the same sentence.
/// </summary>
public static partial class OwnedCalledNoun
{
    /// <summary>The owned noun whose name is asked ("boat"), or null when no named owner stands before it.</summary>
    public static string? Of(UnderstoodMessage message)
    {
        if (Phrase().Match(message.Normalized) is not { Success: true } match) return null;
        var phrase = match.Groups["phrase"].Value;
        foreach (var owner in message.Entities.Where(e => e.Entity.Kind is EntityKind.Organization or EntityKind.Person))
        {
            var surface = owner.Surface.ToLowerInvariant();
            var at = phrase.IndexOf(surface, StringComparison.Ordinal);
            if (at < 0 || (at > 0 && phrase[at - 1] != ' ')) continue;
            var rest = phrase[(at + surface.Length)..];
            if (rest.StartsWith("'s ", StringComparison.Ordinal) || rest.StartsWith("' ", StringComparison.Ordinal)) rest = rest[(rest.IndexOf(' ') + 1)..];
            else if (!rest.StartsWith(' ')) continue;
            var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is >= 1 and <= 3) return words[^1];
        }
        return null;
    }

    [GeneratedRegex(@"^what(?:'s|s| is| was| are| were) (?:the|its|their|his|her) (?<phrase>[a-z' -]+?)(?: (?:that|which|who) .+)? (?:called|named)$")]
    private static partial Regex Phrase();
}
