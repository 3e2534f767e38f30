namespace BriefingBot.Knowledge.Extraction;

/// <summary>
/// The parts of a sentence the fact extractor works on: clauses (split at ";" and ", but"; quotes left out), leading
/// adverbials to skip, where a subject stops (its first comma) and where an object stops (a comma opening a clause).
/// </summary>
public static class ClauseParts
{
    /// <summary>The subject stops at its first comma ("The coalition, which brings …, has escorted").</summary>
    public static int SubjectEnd(IReadOnlyList<Token> tokens, int start, int verb)
    {
        for (var i = start + 1; i < verb; i++)
        {
            if (tokens[i].Text == ",") return i;
        }

        return verb;
    }

    /// <summary>Token ranges [from, to) of the clauses.</summary>
    public static IEnumerable<(int From, int To)> Clauses(IReadOnlyList<Token> tokens, IReadOnlyList<(int Start, int End)> quotes)
    {
        var from = 0;
        for (var i = 0; i <= tokens.Count; i++)
        {
            var boundary = i == tokens.Count || tokens[i].Text == ";" || (tokens[i].Text == "," && i + 1 < tokens.Count && tokens[i + 1].Lower is "but" or "while" or "whereas")
                || (i < tokens.Count && QuoteSpans.Inside(quotes, tokens[i].Start));
            if (!boundary) continue;
            if (i - from >= 3) yield return (from, i);
            from = i + 1;
            while (from < tokens.Count && (tokens[from].Lower is "but" or "while" or "whereas" || QuoteSpans.Inside(quotes, tokens[from].Start) || tokens[from].Text == "\"")) from++;
            i = Math.Max(i, from - 1);
        }
    }

    /// <summary>The first token after any leading adverbials ("In 2014, …").</summary>
    public static int AfterLeadingAdverbial(IReadOnlyList<Token> tokens, int from, int to)
    {
        var start = from;
        for (var next = SkipAdverbial(tokens, start, to); next != start; next = SkipAdverbial(tokens, start, to)) start = next;
        return start;
    }

    private static int SkipAdverbial(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var i = from; i < Math.Min(to, from + 8); i++)
        {
            if (tokens[i].Text != ",") continue;
            var opener = tokens[from].Lower;
            if (opener.EndsWith("ing") || opener.EndsWith("ly")) return i + 1;
            var adverbial = AdverbialOpeners.Contains(opener) || Lexicon.SentenceOpeners.Contains(opener);
            return adverbial && VerbGroupFinder.Find(tokens, from, i, _ => false) is null ? i + 1 : from;
        }

        return from;
    }

    private static readonly HashSet<string> AdverbialOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "by", "for", "during", "until", "since", "after", "before", "over", "under", "within", "among", "amid",
        "despite", "this", "last", "next", "earlier", "later", "however", "nevertheless", "meanwhile", "moreover", "still", "yet",
        "instead", "indeed", "according", "with", "without", "through", "across", "from", "once", "unlike", "like", "as", "while",
    };

    private static readonly HashSet<string> ClauseBreakers = new(StringComparer.OrdinalIgnoreCase)
        { "which", "who", "whom", "where", "while", "but", "likely", "according", "although", "though", "because", "as", "so", "they", "he", "she", "it", "we", "i", "you" };

    /// <summary>Words a real subject never ends with.</summary>
    public static readonly HashSet<string> DanglingSubjectEnds = new(StringComparer.OrdinalIgnoreCase)
        { "what", "which", "that", "but", "and", "or", "than", "as", "if", "who", "whom", "where", "when" };

    /// <summary>The object runs to the sentence end or a comma that opens another clause (a relative, an -ing phrase, an attribution).</summary>
    public static int ObjectEnd(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (tokens[i].Text is "." or ";" or "\"" or ":") return i;
            if (tokens[i].Text != "," || i + 1 >= to) continue;
            var next = tokens[i + 1];
            if (ClauseBreakers.Contains(next.Lower) || next.Lower.EndsWith("ing") || next.Text == "\"" || next.IsCapitalized || ReportingVerbs.LemmaOf(next.Lower) is not null) return i;
            if (Enumerable.Range(i + 1, Math.Min(6, to - i - 1)).Any(k => ReportingVerbs.LemmaOf(tokens[k].Lower) is not null)) return i;
        }

        return to;
    }
}
