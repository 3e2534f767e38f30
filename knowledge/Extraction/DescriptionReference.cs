using BriefingBot.Knowledge.Model;

namespace BriefingBot.Knowledge.Extraction;

/// <summary>A definite description that may refer back to a named thing: "the ship", "the operator's", "Roe's company".</summary>
public sealed record DescriptionReference(Token First, Token Last, NounGroup Group, Entity? Possessor);

/// <summary>
/// Finds definite descriptions: "the" (or a person's possessive name) and a reference noun, ending the noun phrase.
/// Not when a name, "of", "that" or another noun follows ("the tanker NAME", "the group of funds", "the group leader"),
/// nor "the company, NAME," (that names a new one).
/// </summary>
public static class DescriptionReferences
{
    /// <summary>The descriptions in a sentence's tokens, given the names found in it.</summary>
    public static IEnumerable<DescriptionReference> Find(IReadOnlyList<Token> tokens, IReadOnlyList<AliasHit> names)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var owner = names.FirstOrDefault(h => h.Last.Index == i && h.Last.IsPossessive && h.Entity.Kind == EntityKind.Person);
            if (tokens[i].Lower != "the" && owner is null) continue;
            if (ReferenceNouns.Default.At(tokens, i + 1) is not { } noun) continue;
            if (!tokens[noun.Last].IsPossessive && !EndsPhrase(tokens, noun.Last + 1)) continue;
            yield return new DescriptionReference(owner?.First ?? tokens[i], tokens[noun.Last], noun.Group, owner?.Entity);
        }
    }

    private static bool EndsPhrase(IReadOnlyList<Token> tokens, int next)
    {
        if (next >= tokens.Count) return true;
        var token = tokens[next];
        if (token.Text == ",") return next + 1 >= tokens.Count || !tokens[next + 1].IsCapitalized;
        if (!token.IsWord) return true;
        return !token.IsCapitalized && token.Lower is not ("of" or "that" or "who" or "whose")
            && !Lexicon.TitleWords.Contains(token.Lower) && ReferenceNouns.Default.At(tokens, next) is null;
    }
}
