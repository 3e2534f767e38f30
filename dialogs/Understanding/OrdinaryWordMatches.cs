using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>
/// Drops a name match on the noun a question counts or picks: "how many nations …" counts nations, it does not ask
/// about a name one of whose aliases is that word ("Nations" for "United Nations"). Abbreviations stay ("how many
/// abc fighters"), and so do roles ("the president") and whole names.
/// </summary>
public static class OrdinaryWordMatches
{
    /// <summary>The matches less a lowercase one-word alias that is the question's <paramref name="headNoun"/>.</summary>
    public static IReadOnlyList<EntityMatch> Without(IReadOnlyList<EntityMatch> matches, string? headNoun) =>
        headNoun is null ? matches : matches.Where(m => !IsHeadNoun(m, headNoun)).ToList();

    private static bool IsHeadNoun(EntityMatch match, string headNoun)
    {
        var surface = match.Surface;
        if (surface != headNoun || match.Entity.Name.Equals(surface, StringComparison.OrdinalIgnoreCase)) return false;
        var alias = match.Entity.Aliases.FirstOrDefault(a => a.Equals(surface, StringComparison.OrdinalIgnoreCase));
        return alias is not null && alias.Any(char.IsLower);
    }
}
