using BriefingBot.Knowledge.Model;

namespace BriefingBot.Knowledge.Extraction;

/// <summary>
/// Resolves "the welder" (or "the welder's") to the one person named earlier in the article whose description has
/// that head noun ("a 51-year-old bridge welder, identified only as Jan V."); several such people → none. Not when
/// "of", "who", "that" or a name follows ("the welder of record", "the welder Jan V.").
/// </summary>
public sealed class PersonDescriptionMentions
{
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "his", "her", "their", "its" };
    private static readonly HashSet<string> PhraseEnds = new(StringComparer.OrdinalIgnoreCase) { "of", "for", "at", "in", "on", "with", "from", "by", "who", "whose", "that", "which", "and", "or", "to", "under", "identified", "named", "called" };
    private readonly Func<int, Entity?> _entity;

    /// <summary>Creates the resolver; <paramref name="entity"/> looks entities up by id.</summary>
    public PersonDescriptionMentions(Func<int, Entity?> entity) => _entity = entity;

    /// <summary>The description phrases of the sentence with the person each refers to.</summary>
    public IEnumerable<(Token First, Token Last, Entity Person)> Find(IReadOnlyList<SentenceContext> sentences, int index)
    {
        var tokens = sentences[index].Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var noun = tokens[i + 1];
            if (tokens[i].Lower != "the" || !noun.IsWord || noun.IsCapitalized || !EndsPhrase(tokens, i + 2, noun)) continue;
            if (sentences[index].Mentions.Any(m => m.Start <= noun.Start && noun.Start < m.Start + m.Surface.Length)) continue;
            var fitting = Earlier(sentences, index, tokens[i].Start).Where(p => p.Descriptions.Any(d => Head(d) == noun.Core.ToLowerInvariant())).DistinctBy(p => p.Id).Take(2).ToList();
            if (fitting.Count == 1) yield return (tokens[i], noun, fitting[0]);
        }
    }

    /// <summary>The head noun of a description: the last word of its first noun group, possessives skipped ("the engineer's lawyer" → lawyer).</summary>
    public static string? Head(string description)
    {
        string? head = null;
        foreach (var word in description.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(',', '.', '"', ';', ':')))
        {
            if (head is null && Determiners.Contains(word)) continue;
            if (word.Length == 0 || PhraseEnds.Contains(word) || !char.IsLetterOrDigit(word[0])) break;
            head = word;
        }

        return head is null || head.EndsWith("'s", StringComparison.Ordinal) || head.Any(char.IsDigit) ? null : head;
    }

    private static bool EndsPhrase(IReadOnlyList<Token> tokens, int next, Token noun) =>
        noun.IsPossessive || next >= tokens.Count || !tokens[next].IsWord
        || (!tokens[next].IsCapitalized && tokens[next].Lower is not ("of" or "who" or "whose" or "that"));

    private IEnumerable<Entity> Earlier(IReadOnlyList<SentenceContext> sentences, int index, int before)
    {
        for (var i = index; i >= 0; i--)
        {
            foreach (var mention in sentences[i].Mentions.Where(m => i < index || m.Start < before))
            {
                if (_entity(mention.EntityId) is { Kind: EntityKind.Person } person) yield return person;
            }
        }
    }
}
