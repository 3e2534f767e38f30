using BriefingBot.Knowledge.Model;

namespace BriefingBot.Knowledge.Extraction;

/// <summary>
/// A news lede describes before it names: "A warship freed the crew of a hijacked bulk carrier …" and then "The
/// Liberian-flagged MV X, owned by …". The one indefinite description in the article's first sentence whose reference
/// noun fits the kind of the name opening the second sentence ("a hijacked bulk carrier" for a vessel; "an undersea
/// power cable" for a thing: a name after "the" with no kind evidence yet) describes it.
/// </summary>
public static class LedeDescriptions
{
    private const int MaxWordsBeforeNoun = 5;

    /// <summary>The description ("a hijacked bulk carrier"), or null.</summary>
    /// <param name="sentence">The sentence the name opens.</param>
    /// <param name="previous">The sentence before it; only the article's first sentence counts.</param>
    /// <param name="name">The name.</param>
    /// <param name="candidate">The name's candidate, whose kind evidence so far says what kind it is.</param>
    public static IReadOnlyList<Token>? Find(SentenceContext sentence, SentenceContext? previous, NameChunk name, EntityCandidate candidate)
    {
        if (previous is null || previous.IsHeadline || !IsLede(previous.Sentence)) return null;
        if (name.First > 3 || sentence.Tokens.Take(name.First).Any(t => !t.IsWord)) return null;
        var kind = candidate.Evidence.Count == 0 ? EntityKind.Other : candidate.Evidence.MaxBy(e => e.Value).Key;
        if (kind is not (EntityKind.Vessel or EntityKind.Organization or EntityKind.Other)) return null;
        // A thing is named with "the" ("The 90-kilometre North Link"); a bare name with no evidence may be a person's.
        if (kind == EntityKind.Other && sentence.Tokens[0].Lower != "the") return null;
        var found = Descriptions(previous.Tokens, kind).Take(2).ToList();
        return found.Count == 1 ? found[0] : null;
    }

    /// <summary>The article's first sentence: the first of the text, or the first after a title line.</summary>
    public static bool IsLede(Sentence sentence) => sentence.Index == 0 || (sentence.Index == 1 && sentence.Paragraph > 0);

    private static IEnumerable<IReadOnlyList<Token>> Descriptions(IReadOnlyList<Token> tokens, EntityKind kind)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (ReferenceNouns.Default.At(tokens, i) is not ({ } group, var last) || group.Kind != kind) continue;
            for (var j = i - 1; j >= 0 && i - j <= MaxWordsBeforeNoun && tokens[j].IsWord; j--)
            {
                if (tokens[j].Lower is "a" or "an") { yield return tokens.Skip(j).Take(last - j + 1).ToList(); break; }
                if (tokens[j].IsCapitalized) break;
            }

            i = last;
        }
    }
}
