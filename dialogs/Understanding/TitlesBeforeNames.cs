using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>
/// Drops a person matched by a role right before a person matched by name: in "what did chief inspector Roe say" the
/// role is Roe's title, not another chief inspector the articles know.
/// </summary>
public static class TitlesBeforeNames
{
    /// <summary>The matches less a role match that a named person's match follows with only spaces between.</summary>
    public static IReadOnlyList<EntityMatch> Without(IReadOnlyList<EntityMatch> matches, string text) =>
        matches.Where(m => !IsTitleOfNext(m, matches, text)).ToList();

    private static bool IsTitleOfNext(EntityMatch match, IReadOnlyList<EntityMatch> matches, string text) =>
        match.Entity.Kind == EntityKind.Person && !IsName(match)
        && matches.Any(next => next.Entity.Kind == EntityKind.Person && next.Entity.Id != match.Entity.Id && IsName(next)
            && next.Start >= match.Start + match.Length && string.IsNullOrWhiteSpace(text[(match.Start + match.Length)..next.Start]));

    private static bool IsName(EntityMatch match) =>
        match.Entity.Aliases.Append(match.Entity.Name).Any(n => match.Surface.Contains(n, StringComparison.OrdinalIgnoreCase) || n.Contains(match.Surface.Trim(), StringComparison.OrdinalIgnoreCase));
}
