using BriefingBot.Knowledge.Model;

namespace BriefingBot.Knowledge.Extraction;

/// <summary>A definite role phrase ("the Peruvian interior minister", "the NSP leader") and what qualifies it.</summary>
public sealed record RoleReference(Token First, Token Last, IReadOnlySet<string> Titles, Entity? Qualifier, string? Demonym);

/// <summary>Finds definite role phrases and matches them to a person with that role.</summary>
public static class RoleReferences
{
    // Roles come from the store, so there are only so many; each is read once instead of once per person per question.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlySet<string>> TitlesByRole = new(StringComparer.Ordinal);

    /// <summary>Role phrases in the tokens: "the" (optional in questions) + optional demonym or named qualifier + lowercase title words, not followed by a name.</summary>
    public static IEnumerable<RoleReference> Find(IReadOnlyList<Token> tokens, IReadOnlyList<AliasHit> names, bool requireArticle = true)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var hasArticle = tokens[i].Lower == "the";
            if (!hasArticle && (requireArticle || !tokens[i].IsWord)) continue;
            var j = hasArticle ? i + 1 : i;
            if (j >= tokens.Count) continue;
            Entity? qualifier = null;
            string? demonym = null;
            var hit = names.FirstOrDefault(h => h.First.Index == j);
            if (hit is not null) { qualifier = hit.Entity; j = hit.Last.Index + 1; }
            else if (Gazetteer.Default.FindDemonym(tokens[j].Text) is not null) { demonym = tokens[j].Text; j++; }
            var start = j;
            while (j < tokens.Count && tokens[j].IsWord && Lexicon.IsTitleWord(tokens[j].Core) && !tokens[j].IsAcronym) j++;
            if (j == start || (j < tokens.Count && tokens[j].IsCapitalized)) continue;
            var titles = Normalize(tokens.Skip(start).Take(j - start).Select(t => t.Core));
            if (titles.All(Lexicon.WeakTitleWords.Contains)) continue;
            yield return new RoleReference(tokens[i], tokens[j - 1], titles, qualifier, demonym);
        }
    }

    /// <summary>The title words of a role, lowercase, synonyms folded ("chief" → "leader"), qualifiers dropped.</summary>
    public static IReadOnlySet<string> TitlesOf(string role) => TitlesByRole.GetOrAdd(role, ReadTitles);

    private static IReadOnlySet<string> ReadTitles(string role) =>
        Normalize(role.Split(' ').Where(w => Lexicon.IsTitleWord(w) && !w.All(c => char.IsUpper(c) || c == '.')));

    /// <summary>True when a person with these roles and related ids fits the reference.</summary>
    public static bool Fits(RoleReference reference, Entity person) =>
        person.Kind == EntityKind.Person
        && person.Roles.Any(r => TitlesOf(r).SetEquals(reference.Titles) && QualifierFits(reference, person, r));

    /// <summary>
    /// True when one of the person's roles holds the reference's titles and more, under the same head title: "the prosecutor"
    /// loosely fits a "Chief Prosecutor", not a "Prosecutor General" or the "chief" of anything.
    /// </summary>
    public static bool FitsLoosely(RoleReference reference, Entity person) =>
        person.Kind == EntityKind.Person
        && person.Roles.Any(r => reference.Titles.IsSubsetOf(TitlesOf(r)) && HeadOf(r) is { } head && head == HeadOf(reference.Last.Core) && QualifierFits(reference, person, r));

    // The last title word, folded like the others: the noun the other title words qualify.
    private static string? HeadOf(string role) =>
        Normalize(role.Split(' ').Where(w => Lexicon.IsTitleWord(w) && !w.All(c => char.IsUpper(c) || c == '.')).TakeLast(1)).FirstOrDefault();

    private static bool QualifierFits(RoleReference reference, Entity person, string role) =>
        reference.Qualifier is null
        || person.RelatedEntityIds.Contains(reference.Qualifier.Id)
        || reference.Qualifier.Aliases.Prepend(reference.Qualifier.Name).Any(n => role.Contains(n, StringComparison.OrdinalIgnoreCase));

    private static HashSet<string> Normalize(IEnumerable<string> words)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words.Select(w => w.ToLowerInvariant()).Where(w => !Lexicon.WeakTitleWords.Contains(w)))
        {
            var group = Lexicon.TitleSynonyms.FirstOrDefault(g => g.Contains(word));
            set.Add(group is null ? word : group.First());
        }

        return set;
    }
}
