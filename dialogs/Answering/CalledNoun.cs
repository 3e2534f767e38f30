using System.Text.RegularExpressions;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// The noun whose name "what was the X called" asks for, so that only a name the sentence writes next to it
/// (<see cref="CalledNames"/>: "a chat channel called Tarnwave", "the patrol boat Turva") answers: "channel" of "what was
/// the (chat) channel called"; and, after an organisation or person the question names, their noun even with a clause
/// after it ("what is the coast guard patrol boat that intercepted the ship called" → boat), not another ship of the sentence;
/// a place after the noun only says which one ("the shop in Tarnby" → shop).
/// </summary>
public static partial class CalledNoun
{
    /// <summary>The noun whose name is asked, or null (a longer phrase, or a clause with no named owner).</summary>
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

        // "the hardware store in Brenmoor": the place only says which store.
        var plain = Located().Replace(phrase, "").Split(' ');
        return !match.Groups["clause"].Success && plain.Length <= 3 && plain.All(w => w.Length > 0 && !w.Contains('\'')) ? plain[^1] : null;
    }

    [GeneratedRegex(@"^what(?:'s|s| is| was| are| were) (?:the|this|that|its|their|his|her) (?<phrase>[a-z' -]+?)(?<clause> (?:that|which|who) .+)? (?:called|named)$")]
    private static partial Regex Phrase();

    [GeneratedRegex(@" (?:in|at|near|outside) [a-z' -]+$")]
    private static partial Regex Located();
}
