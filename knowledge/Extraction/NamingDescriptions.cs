namespace BriefingBot.Knowledge.Extraction;

/// <summary>
/// Descriptions given by a naming phrase before a name: "a criminal group calling itself X", "a worker identified only as X",
/// with the noun phrase in apposition before it ("The alleged ringleader, a worker identified as X"), and names listed
/// after "first names" with the noun phrase before the participle clause ("the two drivers, identified only by their
/// first names, A and B").
/// </summary>
public static class NamingDescriptions
{
    private static readonly string[][] NamingPhrases = { new[] { "calling", "itself" }, new[] { "calls", "itself" }, new[] { "called" }, new[] { "named" }, new[] { "known", "as" }, new[] { "dubbed" },
        new[] { "identified", "only", "as" }, new[] { "identified", "as" }, new[] { "known", "only", "as" } };
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "the" };

    /// <summary>"a criminal group" from "a criminal group calling itself X" or "the network, which investigators named X";
    /// also a noun phrase opening the clause before it: "the alleged ringleader" of "The alleged ringleader, a worker identified as X"
    /// or of "The alleged ringleader, identified only as X, …".</summary>
    public static IEnumerable<IReadOnlyList<Token>> Find(IReadOnlyList<Token> tokens, NameChunk name)
    {
        if (ListedNamesHead(tokens, PersonalNamesComma(tokens, name.First)) is { } listed) { yield return listed; yield break; }
        var end = NamingStart(tokens, name.First);
        for (var k = end - 1; k >= 2 && end - k <= 4; k--)
        {
            if (tokens[k].Lower is "which" or "that" && tokens[k - 1].Text == ",") { end = k - 1; break; }
        }

        // "The suspects, identified only as A and B": a plural noun describes the list, not its first name.
        if (end > 1 && tokens[end - 1].Text == "," && LeadingApposition(tokens, end - 1) is { } opening) { if (!IsPlural(opening[^1].Lower)) yield return opening; yield break; }

        for (var j = end - 1; j >= 0 && end - j <= 6; j--)
        {
            if (!tokens[j].IsWord) yield break;
            if (!Determiners.Contains(tokens[j].Text)) continue;
            yield return tokens.Skip(j).Take(end - j).ToList();
            if (LeadingApposition(tokens, j - 1) is { } leading) yield return leading;
            yield break;
        }
    }

    /// <summary>The comma of "… by their first names, A and B" before a listed name (after "first/given names" or "surnames"), or -1.</summary>
    public static int PersonalNamesComma(IReadOnlyList<Token> tokens, int nameStart)
    {
        var i = nameStart - 1;
        while (i >= 0 && (tokens[i].IsCapitalized || tokens[i].Lower is "and" or "or")) i--;
        if (i < 2 || tokens[i].Text != ",") return -1;
        var noun = tokens[i - 1].Lower;
        return noun is "surname" or "surnames" || (noun is "name" or "names" && tokens[i - 2].Lower is "first" or "given" or "last" or "family") ? i : -1;
    }

    /// <summary>"the two drivers" of "the two drivers, identified only by their first names, A and B": the noun phrase before the participle clause.</summary>
    private static IReadOnlyList<Token>? ListedNamesHead(IReadOnlyList<Token> tokens, int namesComma)
    {
        var comma = Enumerable.Range(0, Math.Max(0, namesComma)).Reverse().Take(12).FirstOrDefault(k => tokens[k].Text == ",", -1);
        if (comma < 1 || !tokens[comma + 1].Lower.EndsWith("ed")) return null;
        for (var k = comma - 1; k >= 0 && comma - k <= 6 && tokens[k].IsWord; k--)
        {
            if (Determiners.Contains(tokens[k].Text)) return tokens.Skip(k).Take(comma - k).ToList();
        }

        return null;
    }

    /// <summary>
    /// "the alleged ringleader" of "police named the alleged ringleader as NAME": the object of a naming verb before "as".
    /// It tells the kind only: such a bare role is said of people in several articles (see schema 14).
    /// </summary>
    public static IReadOnlyList<Token>? ObjectNamedAs(IReadOnlyList<Token> tokens, int nameStart)
    {
        var asWord = nameStart - 1;
        if (asWord < 3 || tokens[asWord].Lower != "as") return null;
        for (var k = asWord - 1; k >= 1 && asWord - k <= 6 && tokens[k].IsWord; k--)
        {
            if (Determiners.Contains(tokens[k].Text)) return tokens[k - 1].Lower is "named" or "identified" or "names" or "identifies" ? tokens.Skip(k).Take(asWord - k).ToList() : null;
        }

        return null;
    }

    /// <summary>Index where a naming phrase ending right before the name starts, or -1.</summary>
    public static int NamingStart(IReadOnlyList<Token> tokens, int nameStart)
    {
        foreach (var phrase in NamingPhrases)
        {
            var start = nameStart - phrase.Length;
            if (start >= 0 && phrase.Select((w, k) => tokens[start + k].Lower == w).All(x => x)) return start;
        }

        return QualifiedNamingStart(tokens, nameStart);
    }

    /// <summary>
    /// "identified under local privacy rules only as NAME", "known to friends as NAME": the participle before a few words
    /// (no punctuation) that end in "as" or "only as"; -1 when none.
    /// </summary>
    private static int QualifiedNamingStart(IReadOnlyList<Token> tokens, int nameStart)
    {
        var asWord = nameStart - 1;
        if (asWord < 2 || tokens[asWord].Lower != "as") return -1;
        for (var k = asWord - 1; k >= 0 && asWord - k <= 6 && tokens[k].IsWord; k--)
        {
            if (tokens[k].Lower is "identified" or "known") return asWord - k > 1 ? k : -1;
        }

        return -1;
    }

    private static bool IsPlural(string noun) => noun.EndsWith('s') && !noun.EndsWith("ss");

    /// <summary>"said the suspect, identified only as NAME": the clause after a reporting verb or "that" opens there too.</summary>
    private static bool OpensReport(Token before) => before.Lower == "that" || ReportingVerbs.LemmaOf(before.Lower) is not null;

    /// <summary>"The alleged ringleader" before the comma at <paramref name="comma"/>: a determiner opening the clause (or the reported clause), up to six words.</summary>
    private static IReadOnlyList<Token>? LeadingApposition(IReadOnlyList<Token> tokens, int comma)
    {
        if (comma < 1 || tokens[comma].Text != ",") return null;
        for (var k = comma - 1; k >= 0 && comma - k <= 6 && tokens[k].IsWord; k--)
        {
            if (Determiners.Contains(tokens[k].Text) && (k == 0 || tokens[k - 1].Text == "," || OpensReport(tokens[k - 1]))) return tokens.Skip(k).Take(comma - k).ToList();
        }

        return null;
    }
}
