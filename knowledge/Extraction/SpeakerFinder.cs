using BriefingBot.Knowledge.Model;

namespace BriefingBot.Knowledge.Extraction;

/// <summary>Finds who a reporting verb belongs to: the mention just before it (past auxiliaries and adverbs, "A and B" both) or, after a quote or clause, just after it.</summary>
public static class SpeakerFinder
{
    private static readonly HashSet<string> Skippable = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "have", "had", "did", "does", "do", "also", "will", "would", "could", "then", "later", "once", "again",
        "previously", "repeatedly", "recently", "reportedly", "publicly", "privately", "has", "been", "is", "was", "had", "not", "never",
    };

    /// <summary>Speakers of the verb at token index <paramref name="verb"/>, and whether they follow it (inverted order).</summary>
    public static (IReadOnlyList<Mention> Speakers, bool Inverted) Find(SentenceContext sentence, int verb, Func<int, Entity?> entity)
    {
        var tokens = sentence.Tokens;
        var i = verb - 1;
        while (i >= 0 && tokens[i].IsWord && !tokens[i].IsCapitalized && (Skippable.Contains(tokens[i].Lower) || tokens[i].Lower.EndsWith("ly"))) i--;
        var before = EndingAt(sentence, i, entity);
        if (before is not null)
        {
            var speakers = new List<Mention> { before };
            var and = TokenAt(tokens, before.Start) - 1;
            if (and > 0 && tokens[and].Lower == "and" && EndingAt(sentence, and - 1, entity) is { } other) speakers.Insert(0, other);
            return (speakers, false);
        }

        if (verb == 0 || tokens[verb - 1].Text is not ("," or "\"")) return (Array.Empty<Mention>(), false);
        if (verb + 1 >= tokens.Count) return (Array.Empty<Mention>(), false);
        var after = sentence.Mentions.FirstOrDefault(m => m.Start == tokens[verb + 1].Start && IsSpeaker(entity(m.EntityId)));
        return after is null ? (Array.Empty<Mention>(), false) : (new[] { after }, true);
    }

    private static Mention? EndingAt(SentenceContext sentence, int tokenIndex, Func<int, Entity?> entity)
    {
        if (tokenIndex < 0 || !sentence.Tokens[tokenIndex].IsWord) return null;
        var end = sentence.Tokens[tokenIndex].End;
        return sentence.Mentions.Where(m => m.Start + m.Surface.Length == end && IsSpeaker(entity(m.EntityId)))
            .OrderBy(m => m.Start).FirstOrDefault();
    }

    private static int TokenAt(IReadOnlyList<Token> tokens, int start) => tokens.First(t => t.Start == start).Index;

    private static bool IsSpeaker(Entity? entity) => entity is not null && entity.Kind != EntityKind.Place;
}
