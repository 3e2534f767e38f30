namespace BriefingBot.Knowledge.Extraction;

/// <summary>
/// A person the article knows only by a quoted nickname: "the suspected smuggler, a 61-year-old retired ferry captain who is
/// known to his crew as "the Falcon."" — Falcon is that person, described by the noun phrase before the who-clause
/// ("a 61-year-old retired ferry captain"). The noun phrase before its comma ("the suspected smuggler") is left out: a
/// bare role such as "the alleged organiser" is often said of someone in another article too, and a question asking
/// for it then finds no one.
/// </summary>
public static class NicknameDescriptions
{
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "the" };
    private static readonly HashSet<string> KnownWords = new(StringComparer.OrdinalIgnoreCase) { "known", "nicknamed" };
    private const int MaxWords = 14;

    /// <summary>The description of the person behind a quoted nickname.</summary>
    public static IEnumerable<IReadOnlyList<Token>> Find(IReadOnlyList<Token> tokens, NameChunk name)
    {
        var end = KnownAt(tokens, name);
        if (end < 1) yield break;
        if (tokens[end - 1].Lower is "is" or "was") end--;
        if (end >= 1 && tokens[end - 1].Lower == "who") end--;
        var start = end;
        while (start > 0 && end - start < MaxWords && tokens[start - 1].IsWord) start--;
        var first = Determiners.Contains(tokens[start].Text) ? start
            : Enumerable.Range(start, end - start).LastOrDefault(k => Determiners.Contains(tokens[k].Text), -1);
        if (first < 0 || first >= end - 1) yield break;
        yield return tokens.Skip(first).Take(end - first).ToList();
    }

    /// <summary>Index of "known" in "known to his crew as "the NAME"" (a quote right before the name or its "the", and one
    /// right after it), or -1.</summary>
    private static int KnownAt(IReadOnlyList<Token> tokens, NameChunk name)
    {
        var i = name.First - 1;
        if (i >= 0 && tokens[i].Lower == "the") i--;
        if (i < 1 || tokens[i].Text != "\"" || tokens[i - 1].Lower != "as" || !QuoteCloses(tokens, name.Last + 1)) return -1;
        for (var k = i - 2; k >= 0 && i - 1 - k <= 4 && tokens[k].IsWord; k--)
        {
            if (KnownWords.Contains(tokens[k].Text)) return k;
        }

        return -1;
    }

    private static bool QuoteCloses(IReadOnlyList<Token> tokens, int i) =>
        (i < tokens.Count && tokens[i].Text == "\"") || (i + 1 < tokens.Count && tokens[i].Text is "." or "," && tokens[i + 1].Text == "\"");
}
