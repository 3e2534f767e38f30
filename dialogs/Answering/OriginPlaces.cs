using System.Text.RegularExpressions;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "Where are the crew from", "where did the ship sail from" ask where someone or something comes from: the place the
/// sentence says they are from ("most of them from Tarnia", "sailed from the port of Velka"), not where they were
/// rescued or where someone spoke.
/// </summary>
public static partial class OriginPlaces
{
    /// <summary>True when the question ends asking "… from".</summary>
    public static bool Asked(UnderstoodMessage message) => message.Normalized.TrimEnd('?', ' ').EndsWith(" from", StringComparison.Ordinal);

    /// <summary>True when some mention of the place follows "from" (a few words of description between).</summary>
    public static bool IsOrigin(string text, IEnumerable<Mention> mentions) =>
        mentions.Any(m => FromBefore().IsMatch(text[..Math.Clamp(m.Start, 0, text.Length)]));

    [GeneratedRegex(@"\bfrom( the| a| an)?( [\w'-]+){0,3} $", RegexOptions.IgnoreCase)]
    private static partial Regex FromBefore();
}
