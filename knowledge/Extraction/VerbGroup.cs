namespace BriefingBot.Knowledge.Extraction;

/// <summary>A clause's main verb group: its token range, the main verb's lemma (with particle: "break away").</summary>
public sealed record VerbGroup(int First, int Last, string Lemma);

/// <summary>
/// Finds the first finite verb group of a clause without a tagger: auxiliary + participle ("has been raging"),
/// an irregular or -ed past ("broke", "released"), or a present -s verb right after a name or from a short list.
/// </summary>
public static class VerbGroupFinder
{
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
        { "has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could", "may", "might", "did", "does", "do", "must", "should", "shall" };
    private static readonly HashSet<string> Fillers = new(StringComparer.OrdinalIgnoreCase) { "been", "being", "be", "not", "also", "still", "already", "now", "just", "never", "since" };
    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase) { "away", "up", "down", "out", "off", "over", "back", "together", "apart" };
    private static readonly HashSet<string> PastForms = new(StringComparer.OrdinalIgnoreCase)
    {
        "found", "led", "held", "made", "built", "broke", "began", "took", "made", "went", "came", "saw", "gave", "fought", "sought", "brought", "built", "held", "kept",
        "lost", "met", "paid", "ran", "sent", "spent", "stood", "struck", "thought", "threw", "won", "fled", "fell",
        "grew", "hid", "knew", "rose", "stole", "drove", "froze", "bought", "sold", "caught", "retook", "withdrew", "overtook",
    };

    /// <summary>Past forms that are also common nouns or adjectives ("shot", "set", "left"): verbs only after an auxiliary.</summary>
    private static readonly HashSet<string> AmbiguousPast = new(StringComparer.OrdinalIgnoreCase)
        { "left", "set", "hit", "shot", "shut", "spread", "put", "cost", "got", "done", "gone", "taken", "given", "seen", "known", "shown" };
    private static readonly HashSet<string> Modals = new(StringComparer.OrdinalIgnoreCase) { "will", "would", "can", "could", "may", "might", "must", "should", "shall", "did", "does", "do" };
    private static readonly HashSet<string> PresentForms = new(StringComparer.OrdinalIgnoreCase)
    {
        "takes", "allows", "controls", "covers", "owns", "employs", "remains", "holds", "plans", "faces", "uses", "needs", "wants",
        "runs", "leads", "makes", "gets", "gives", "shows", "seeks", "operates", "handles", "threatens", "claims", "targets", "includes",
    };

    /// <summary>The first verb group in tokens [from, to), or null.</summary>
    public static VerbGroup? Find(IReadOnlyList<Token> tokens, int from, int to, Func<int, bool> endsName)
    {
        for (var i = from + 1; i < to; i++)
        {
            var t = tokens[i];
            if (t.Text == "," && i + 1 < to && tokens[i + 1].Lower is "which" or "who" or "whom" or "whose" or "where")
            {
                i = Enumerable.Range(i + 1, to - i - 1).FirstOrDefault(k => tokens[k].Text == ",", to);
                continue;
            }

            if (!t.IsWord || t.IsCapitalized) continue;
            var start = i;
            while (start > from + 1 && IsAdverb(tokens[start - 1])) start--;
            if (Auxiliaries.Contains(t.Lower)) return Auxiliary(tokens, start, i, to);
            if (PastForms.Contains(t.Lower) || ReportingVerbs.LemmaOf(t.Lower) is not null && !t.Lower.EndsWith("ing") && !IsDeterminer(tokens[i - 1]) || IsFiniteEd(tokens, i, to) || PresentForms.Contains(t.Lower)
                || (t.Lower.EndsWith('s') && t.Lower.Length > 4 && endsName(start - 1)))
            {
                return WithParticle(tokens, start, i, to);
            }
        }

        return null;
    }

    private static VerbGroup? Auxiliary(IReadOnlyList<Token> tokens, int start, int aux, int to)
    {
        var j = aux + 1;
        while (j < to && tokens[j].IsWord && (Fillers.Contains(tokens[j].Lower) || IsAdverb(tokens[j]))) j++;
        var participle = j < to && tokens[j].IsWord && !tokens[j].IsCapitalized && (tokens[j].Lower.EndsWith("ing") || tokens[j].Lower.EndsWith("ed")
            || PastForms.Contains(tokens[j].Lower) || AmbiguousPast.Contains(tokens[j].Lower) || VerbLemmatizer.IsIrregularForm(tokens[j].Lower) || ReportingVerbs.LemmaOf(tokens[j].Lower) is not null || Modals.Contains(tokens[aux].Lower));
        if (participle && tokens[j].Lower != "been")
        {
            return WithParticle(tokens, start, j, to);
        }

        return new VerbGroup(start, j - 1, "be");
    }

    private static VerbGroup WithParticle(IReadOnlyList<Token> tokens, int start, int verb, int to)
    {
        var lemma = VerbLemmatizer.Lemma(tokens[verb].Lower);
        var afterParticle = verb + 2 < to ? tokens[verb + 2].Lower : "";
        if (verb + 1 < to && Particles.Contains(tokens[verb + 1].Lower) && afterParticle is not ("to" or "of")) return new VerbGroup(start, verb + 1, $"{lemma} {tokens[verb + 1].Lower}");
        return new VerbGroup(start, verb, lemma);
    }

    /// <summary>An -ed word used as a finite verb: not after a determiner or possessive, not right after a comma, not a passive participle before "by".</summary>
    private static bool IsFiniteEd(IReadOnlyList<Token> tokens, int i, int to)
    {
        var t = tokens[i];
        if (!t.Lower.EndsWith("ed") || t.Lower.Length <= 4) return false;
        var previous = tokens[i - 1];
        if (IsDeterminer(previous) || previous.IsPossessive || previous.Text == ",") return false;
        return !(i + 1 < to && tokens[i + 1].Lower == "by");
    }

    private static bool IsAdverb(Token t) => t.IsWord && !t.IsCapitalized && (t.Lower.EndsWith("ly") && t.Lower.Length > 4 || t.Lower is "also" or "often" or "still" or "already" or "never");

    /// <summary>True when the group is passive or a form of "be" precedes the main verb ("had been warned").</summary>
    public static bool IsPassive(IReadOnlyList<Token> tokens, VerbGroup group) =>
        Enumerable.Range(group.First, group.Last - group.First).Any(k => tokens[k].Lower is "been" or "was" or "were" or "is" or "are" or "be" or "being");

    private static bool IsDeterminer(Token t) => t.Lower is "the" or "a" or "an" or "its" or "their" or "his" or "her" or "our";
}
