using System.Text.RegularExpressions;
using BriefingBot.Knowledge.Model;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>
/// "Why did her service join the case", asked of the head of a service: "her service" is the organisation the store
/// ties to the person "her" means, so the question is about that organisation, not about the person.
/// </summary>
public static partial class PossessedOrganisations
{
    /// <summary>
    /// The referenced ids with a person replaced by the organisation tied to them, when the message says "his" or "her"
    /// before an organisation noun and the person is tied to one organisation whose name holds that noun ("her agency" for
    /// the head of a "… Intelligence Agency"). Without the noun in its name the question may be about a company the person
    /// only works for, and moving the conversation's focus to it cost later turns more than it gained.
    /// </summary>
    public static IReadOnlyList<int> Replace(string normalized, IReadOnlyList<int> referenced, Func<int, Entity> entityOf)
    {
        if (NounOf(normalized) is not { } noun) return referenced;
        return referenced.Select(id => OrganisationOf(entityOf(id), noun, entityOf) ?? id).Distinct().ToList();
    }

    /// <summary>True when the message says "his" or "her" before an organisation noun ("her agency").</summary>
    public static bool Says(string normalized) => NounOf(normalized) is not null;

    private static string? NounOf(string normalized) =>
        Possessed().Matches(normalized).Select(m => m.Groups["noun"].Value).FirstOrDefault(Nouns.Contains);

    // Nouns that name an organisation one works for, not the knowledge's wider list of name words ("her news conference").
    private static readonly HashSet<string> Nouns = new(StringComparer.Ordinal)
    {
        "service", "agency", "company", "firm", "organisation", "organization", "ministry", "department", "office", "bureau",
        "charity", "unit", "directorate", "authority", "airline", "institute", "university", "union", "party",
    };

    private static int? OrganisationOf(Entity person, string noun, Func<int, Entity> entityOf)
    {
        if (person.Kind != EntityKind.Person) return null;
        var organisations = person.RelatedEntityIds.Select(entityOf).Where(e => e.Kind == EntityKind.Organization).ToList();
        var named = organisations.Where(o => o.Name.Split(' ').Any(w => w.Equals(noun, StringComparison.OrdinalIgnoreCase))).ToList();
        return named.Count == 1 ? named[0].Id : null;
    }

    [GeneratedRegex(@"\b(his|her) (?<noun>[a-z]+)\b")]
    private static partial Regex Possessed();
}
