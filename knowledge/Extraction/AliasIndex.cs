using BriefingBot.Knowledge.Model;

namespace BriefingBot.Knowledge.Extraction;

/// <summary>A name found in a token run: the entity and the first and last token of the name.</summary>
public sealed record AliasHit(Entity Entity, Token First, Token Last, string Alias);

/// <summary>
/// Every name and alias of every entity by matching key, to find names in token runs: longest match first,
/// non-overlapping. Acronyms that spell a function word ("US") only match in capitals.
/// </summary>
public sealed class AliasIndex
{
    private readonly Dictionary<string, List<(Entity Entity, string Alias)>> _byKey = new(StringComparer.Ordinal);
    private readonly HashSet<string> _firstWords = new(StringComparer.Ordinal);
    private readonly int _maxWords;

    /// <summary>Indexes the entities' names and aliases.</summary>
    public AliasIndex(IEnumerable<Entity> entities)
    {
        foreach (var entity in entities)
        {
            foreach (var alias in entity.Aliases.Prepend(entity.Name))
            {
                var key = NameText.Key(alias);
                if (key.Length == 0) continue;
                if (!_byKey.TryGetValue(key, out var list)) _byKey[key] = list = new();
                if (!list.Any(e => e.Entity.Id == entity.Id)) list.Add((entity, alias));
                var words = key.Split(' ');
                _firstWords.Add(words[0]);
                _maxWords = Math.Max(_maxWords, words.Length);
            }
        }
    }

    /// <summary>Every key with its entities (for fuzzy lookups).</summary>
    public IEnumerable<KeyValuePair<string, List<(Entity Entity, string Alias)>>> Keys => _byKey;

    /// <summary>Entities whose name or alias has exactly this key.</summary>
    public IReadOnlyList<Entity> Lookup(string key) =>
        _byKey.TryGetValue(key, out var list) ? list.Select(e => e.Entity).ToList() : Array.Empty<Entity>();

    /// <summary>Names in the tokens, longest first and non-overlapping; <paramref name="requireCapital"/> for article text.</summary>
    public IEnumerable<AliasHit> Match(IReadOnlyList<Token> tokens, bool requireCapital)
    {
        var words = tokens.Where(t => t.IsWord).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            if (!StartsAnAlias(words[i])) continue;
            for (var length = Math.Min(_maxWords, words.Count - i); length >= 1; length--)
            {
                var span = words.GetRange(i, length);
                if (!Contiguous(tokens, span)) continue;
                var hit = Best(span, requireCapital);
                if (hit is null) continue;
                yield return hit;
                i += length - 1;
                break;
            }
        }
    }

    private bool StartsAnAlias(Token word)
    {
        var key = NameText.Key(NameText.NameCore(word));
        var space = key.IndexOf(' ');
        return _firstWords.Contains(space < 0 ? key : key[..space]) || _firstWords.Contains(NameText.Key(word.Text).Split(' ')[0]);
    }

    private AliasHit? Best(List<Token> span, bool requireCapital)
    {
        if ((requireCapital && !span[0].IsCapitalized) || span[0].Lower == "the") return null;
        var key = NameText.Key(NameText.Join(span));
        if (!_byKey.TryGetValue(key, out var list)) return null;
        foreach (var (entity, alias) in list)
        {
            if (IsCaseSensitive(alias) && NameText.Join(span).Replace(".", "") != alias.Replace(".", "")) continue;
            return new AliasHit(entity, span[0], span[^1], alias);
        }

        return null;
    }

    private static bool IsCaseSensitive(string alias) =>
        alias.All(c => !char.IsLetter(c) || char.IsUpper(c)) && Text.StopWords.Contains(alias.Replace(".", "").ToLowerInvariant());

    private static bool Contiguous(IReadOnlyList<Token> tokens, List<Token> span)
    {
        for (var k = 1; k < span.Count; k++)
        {
            for (var j = span[k - 1].Index + 1; j < span[k].Index; j++)
            {
                if (tokens[j].Text is not ("[" or "]")) return false;
            }
        }

        return true;
    }
}
