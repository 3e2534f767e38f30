using BriefingBot.Knowledge.Data;
using BriefingBot.Knowledge.Model;

namespace BriefingBot.Knowledge.Extraction;

/// <summary>How a reference noun fits an entity (see Data/reference-nouns.tsv).</summary>
public enum NounFit { Any, Kind, Own }

/// <summary>A group of near-synonymous reference nouns ("group", "gang") with the kind of thing they name.</summary>
public sealed record NounGroup(int Id, EntityKind Kind, NounFit Fit, IReadOnlySet<string> Nouns);

/// <summary>
/// General English nouns that refer back to a named thing ("the ship", "the company", "the committee"), from the data
/// file Data/reference-nouns.tsv; one- and two-word nouns.
/// </summary>
public sealed class ReferenceNouns
{
    private readonly Dictionary<string, NounGroup> _byNoun = new(StringComparer.OrdinalIgnoreCase);

    private ReferenceNouns(IEnumerable<NounGroup> groups)
    {
        foreach (var group in groups)
        {
            foreach (var noun in group.Nouns) _byNoun.TryAdd(noun, group);
        }
    }

    /// <summary>The list bundled with the library.</summary>
    public static ReferenceNouns Default { get; } = Load();

    /// <summary>The reference noun starting at a lowercase word token (two words first): its group and last token, or null.</summary>
    public (NounGroup Group, int Last)? At(IReadOnlyList<Token> tokens, int index)
    {
        if (index >= tokens.Count || !tokens[index].IsWord || tokens[index].IsCapitalized) return null;
        if (index + 1 < tokens.Count && !tokens[index].IsPossessive && tokens[index + 1].IsWord
            && _byNoun.TryGetValue($"{tokens[index].Text} {tokens[index + 1].Core}", out var compound)) return (compound, index + 1);
        return _byNoun.TryGetValue(tokens[index].Core, out var group) ? (group, index) : null;
    }

    /// <summary>The group of a description's or role's head: the last reference noun of its first noun phrase ("a tanker operator based in X" → operator).</summary>
    public NounGroup? HeadOf(string text) => HeadOf(Tokenizer.Tokenize(Text.TextNormalizer.Straighten(text)));

    /// <summary>The group of the head of a description's tokens (see <see cref="HeadOf(string)"/>).</summary>
    public NounGroup? HeadOf(IReadOnlyList<Token> words)
    {
        var i = 0;
        while (i < words.Count && words[i].IsWord && Text.StopWords.Contains(words[i].Lower)) i++;
        NounGroup? head = null;
        for (; i < words.Count && words[i].IsWord && (!Text.StopWords.Contains(words[i].Lower) || (head is null && JoinsModifiers(words, i))); i++)
        {
            if (At(words, i) is not { } found) continue;
            // "the ship's captain": a noun in the possessive modifies the head; it is none.
            head = words[found.Last].IsPossessive ? null : found.Group;
            i = found.Last;
        }

        return head;
    }

    /// <summary>"and"/"or" between two modifiers before the noun ("a power and data cable").</summary>
    private static bool JoinsModifiers(IReadOnlyList<Token> words, int i) =>
        words[i].Lower is "and" or "or" && i > 0 && i + 1 < words.Count && words[i + 1].IsWord && !Text.StopWords.Contains(words[i + 1].Lower);

    /// <summary>The group a single word of a name belongs to ("Committee" → committee; plural "Services" too).</summary>
    public NounGroup? OfNameWord(string word) =>
        _byNoun.GetValueOrDefault(word) ?? (word.Length > 3 && word.EndsWith('s') ? _byNoun.GetValueOrDefault(word[..^1]) : null);

    private static ReferenceNouns Load()
    {
        var groups = new List<NounGroup>();
        foreach (var parts in DataFile.Rows("reference-nouns.tsv").Where(p => p.Length >= 3))
        {
            var nouns = parts[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            groups.Add(new NounGroup(groups.Count, Enum.Parse<EntityKind>(parts[0]), Enum.Parse<NounFit>(parts[1], ignoreCase: true), new HashSet<string>(nouns, StringComparer.OrdinalIgnoreCase)));
        }

        return new ReferenceNouns(groups);
    }
}
