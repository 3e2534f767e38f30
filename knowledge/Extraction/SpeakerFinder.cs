using BriefingBot.Knowledge.Model;

namespace BriefingBot.Knowledge.Extraction;

/// <summary>
/// Finds who a reporting verb belongs to: the mention just before it (past auxiliaries and adverbs; "A and B" both;
/// past an apposition or an acronym in brackets: "Delta Security, a firm…, said"), or after it when the order is
/// inverted and the speaker ends the clause ("…, said the Peruvian interior minister.", "…, said Colonel Jane Roe, head of …").
/// </summary>
public static class SpeakerFinder
{
    private static readonly HashSet<string> Skippable = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "have", "had", "did", "does", "do", "also", "will", "would", "could", "then", "later", "once", "again",
        "previously", "repeatedly", "recently", "reportedly", "publicly", "privately", "been", "is", "was", "not", "never",
    };

    /// <summary>Speakers of the verb at token index <paramref name="verb"/>, and whether they follow it (inverted order).</summary>
    public static (IReadOnlyList<Mention> Speakers, bool Inverted) Find(SentenceContext sentence, int verb, Func<int, Entity?> entity)
    {
        var tokens = sentence.Tokens;
        var i = verb - 1;
        while (i >= 0 && tokens[i].IsWord && !tokens[i].IsCapitalized && (Skippable.Contains(tokens[i].Lower) || tokens[i].Lower.EndsWith("ly"))) i--;
        var and = i;
        if (EndingAt(sentence, i, entity) is { } before) return (WithCoordinated(sentence, before, entity), false);
        if (Inverted(sentence, verb, entity) is { } after) return (new[] { after }, true);
        if (i >= 0 && tokens[i].Text == ")") i = OpeningBracket(tokens, i) - 1;
        else if (i >= 0 && tokens[i].Text == ",")
        {
            if (DistantSpeakers.AfterRole(sentence, verb, entity) is { } named) return (new[] { named }, true);
            if (DistantSpeakers.ApposedHead(sentence, i, entity) is { } head) return (new[] { head }, false);
            i = AppositionStart(sentence, i, entity);
        }

        if (EndingAt(sentence, i, entity) is { } subject) return (new[] { subject }, false);
        if (verb > 0 && tokens[verb - 1].Text == "\"" && DistantSpeakers.AfterRole(sentence, verb, entity) is { } quoted) return (new[] { quoted }, true);
        return DistantSpeakers.SubjectBeforeAnd(sentence, and, entity) is { } first ? (new[] { first }, false) : (Array.Empty<Mention>(), false);
    }

    private static IReadOnlyList<Mention> WithCoordinated(SentenceContext sentence, Mention speaker, Func<int, Entity?> entity)
    {
        var and = TokenAt(sentence.Tokens, speaker.Start) - 1;
        return and > 0 && sentence.Tokens[and].Lower == "and" && EndingAt(sentence, and - 1, entity) is { } other
            ? new[] { other, speaker } : new[] { speaker };
    }

    private static Mention? Inverted(SentenceContext sentence, int verb, Func<int, Entity?> entity)
    {
        var tokens = sentence.Tokens;
        if (verb == 0 || tokens[verb - 1].Text is not ("," or "\"") || verb + 1 >= tokens.Count) return null;
        var first = AfterTitles(tokens, verb + 1);
        if (first >= tokens.Count) return null;
        var after = sentence.Mentions.Where(m => m.Start == tokens[first].Start && IsSpeaker(entity(m.EntityId))).MaxBy(m => m.Surface.Length);
        if (after is null) return null;
        var next = tokens.FirstOrDefault(t => t.Start >= after.Start + after.Surface.Length);
        return next is null || next.Text is "." or "," or ";" or "!" or "?" ? after : null;
    }

    /// <summary>"…, said Colonel Jane Roe" / "said Dr. Jane Roe": the first token after the titles split off the name.</summary>
    private static int AfterTitles(IReadOnlyList<Token> tokens, int i)
    {
        while (i < tokens.Count && (RoleSplitter.IsTitle(tokens[i]) || (tokens[i].Text == "." && i > 0 && RoleSplitter.IsTitle(tokens[i - 1])))) i++;
        return i;
    }

    /// <summary>Index of the token before ", DESCRIPTION," when a mention ends there, else -1.</summary>
    private static int AppositionStart(SentenceContext sentence, int comma, Func<int, Entity?> entity)
    {
        if (EndingAt(sentence, comma - 1, entity) is not null) return comma - 1;
        for (var j = comma - 1; j >= 0 && comma - j <= 15; j--)
        {
            if (sentence.Tokens[j].Text == ",") return EndingAt(sentence, j - 1, entity) is not null ? j - 1 : -1;
            if (sentence.Tokens[j].Text == ")") j = OpeningBracket(sentence.Tokens, j);
        }

        return -1;
    }

    /// <summary>Index of the bracket that opens the one closing at <paramref name="close"/>.</summary>
    internal static int OpeningBracket(IReadOnlyList<Token> tokens, int close)
    {
        var j = close;
        while (j > 0 && tokens[j].Text is not ("(" or "[")) j--;
        return j;
    }

    /// <summary>The speaker mention ending with the token at <paramref name="tokenIndex"/>, if any.</summary>
    internal static Mention? EndingAt(SentenceContext sentence, int tokenIndex, Func<int, Entity?> entity)
    {
        if (tokenIndex < 0 || !sentence.Tokens[tokenIndex].IsWord) return null;
        var end = sentence.Tokens[tokenIndex].End;
        return sentence.Mentions.Where(m => m.Start + m.Surface.Length == end && IsSpeaker(entity(m.EntityId)))
            .OrderBy(m => m.Start).FirstOrDefault();
    }

    /// <summary>True for an auxiliary or adverb a speaker may stand before the verb across ("has", "would", "also").</summary>
    internal static bool IsAuxiliary(Token token) => Skippable.Contains(token.Lower);

    private static int TokenAt(IReadOnlyList<Token> tokens, int start) => tokens.First(t => t.Start == start).Index;

    private static bool IsSpeaker(Entity? entity) => entity is not null && entity.Kind != EntityKind.Place;
}
