namespace BriefingBot.Knowledge.Extraction;

/// <summary>
/// Descriptions given by apposition: "the NSP unit that patrols the coast, the Harbour Guard" and
/// "the Harbour Guard, an NSP unit." A description has a determiner (or is a bare title: "NAME, head of the X Agency"), a
/// lowercase content word and at most twelve words; one
/// following the name may end in a bracketed acronym ("a researcher at the Centre for X (CX), …") or pass over one
/// ("director of the X Institute (XI) at the University of Y" leaves the bracket out), and a relative clause
/// or a second description joined by "and" stretches it to twenty words ("a Bergen-based company that builds …", "a
/// 61-year-old farmer and former mayor of the town of X"); one
/// opening the clause before the name takes in its prepositional phrases ("A lawyer for one of the suspects, NAME", "A
/// driver at the depot, NAME"); a
/// clause-opening prepositional phrase is no apposition ("In a statement, NAME said"); an age before the name is passed
/// over ("The Spanish pilot, 41-year-old NAME"), and so is one after it ("NAME, 41, director of the X Institute").
/// </summary>
public static class AppositionFinder
{
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "its", "their", "his", "her" };
    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase) { "of", "for", "at", "in", "on", "with", "from", "by", "to", "after", "during" };
    private static readonly HashSet<string> RelativeWords = new(StringComparer.OrdinalIgnoreCase) { "that", "which", "who" };
    private const int MaxWords = 12;
    private const int MaxWordsWithClause = 20;

    /// <summary>The descriptions (token runs) next to a name chunk.</summary>
    public static IEnumerable<IReadOnlyList<Token>> Find(IReadOnlyList<Token> tokens, NameChunk name)
    {
        var next = AfterBrackets(tokens, name.Last + 1);
        if (!EndsNounPhrase(tokens, next) || IsList(tokens, next)) yield break;
        if (Before(tokens, name) is { } before) yield return before;
        if (After(tokens, name) is { } after) yield return after;
    }

    /// <summary>The description up to its relative clause: "a Bergen-based company" of "a Bergen-based company that builds …".</summary>
    public static IReadOnlyList<Token> NounPhrase(IReadOnlyList<Token> description)
    {
        var relative = description.Skip(1).FirstOrDefault(t => RelativeWords.Contains(t.Lower));
        return relative is null ? description : description.TakeWhile(t => t != relative).ToList();
    }

    private static IReadOnlyList<Token>? Before(IReadOnlyList<Token> tokens, NameChunk name)
    {
        var i = PersonModifiers.Start(tokens, name.First) - 1;
        while (i >= 0 && (tokens[i].Lower == "the" || NameText.NameCore(tokens[i]) != tokens[i].Core || IsNumberModifier(tokens[i]))) i--;
        if (i < 1 || tokens[i].Text != ",") return null;
        var start = -1;
        for (var j = i - 1; j >= 0 && i - j <= MaxWords; j--)
        {
            if (!tokens[j].IsWord) break;
            // "Roe's lawyer, NAME": an owner's possessive name stands where a determiner would.
            if (tokens[j].IsPossessive && tokens[j].IsCapitalized) j = OwnerStart(tokens, j);
            else if (IsInitialPossessive(tokens, j)) j = OwnerStart(tokens, j - 3);
            else if (!Determiners.Contains(tokens[j].Text)) continue;
            if (start < 0 || OpensClause(tokens, j)) start = j;
            if (j == 0 || tokens[j - 1].Lower is not ("of" or "for" or "at" or "in" or "on" or "from" or "with")) break;
        }

        if (start < 0 || (start > 0 && Prepositions.Contains(tokens[start - 1].Lower) && OpensClause(tokens, start - 1))) return null;
        // "to Alderney, Utopia": a town and its country, not a description of Utopia ("its stronghold in Utopia, Alderney" is one).
        if (tokens[i - 1].IsCapitalized && Gazetteer.Default.Find(name.Text) is not null) return null;
        return Valid(JoinInitialPossessives(tokens.Skip(start).Take(i - start).ToList()));
    }

    /// <summary>"Ann R.'s lawyer": the split initial's possessive ("R", ".", "'", "s") made one possessive word again.</summary>
    private static List<Token> JoinInitialPossessives(List<Token> description)
    {
        for (var k = description.Count - 1; k >= 4; k--)
        {
            if (!IsInitialPossessive(description, k)) continue;
            var initial = description[k - 3];
            description.RemoveRange(k - 3, 4);
            description.Insert(k - 3, new Token($"{initial.Text}.'s", initial.Start, initial.Index));
            k -= 3;
        }

        return description;
    }

    /// <summary>The first word of the capitalised name that ends in the possessive at <paramref name="j"/> ("Delta Shipping's").</summary>
    private static int OwnerStart(IReadOnlyList<Token> tokens, int j)
    {
        while (j > 0 && tokens[j - 1].IsCapitalized && !tokens[j - 1].IsPossessive) j--;
        return j > 0 && tokens[j - 1].Lower == "the" ? j - 1 : j;
    }

    /// <summary>"Ann R.'s": an owner whose surname is cut to its initial, tokenised as "R", ".", "'", "s" ending at <paramref name="j"/>.</summary>
    private static bool IsInitialPossessive(IReadOnlyList<Token> tokens, int j) =>
        j >= 4 && tokens[j].Text == "s" && tokens[j - 1].Text == "'" && tokens[j - 2].Text == "." && tokens[j - 3].Text.Length == 1
        && char.IsUpper(tokens[j - 3].Text[0]) && tokens[j - 4].IsCapitalized;

    /// <summary>"34-year-old" right before a name: a modifier of the name, not a word of the description before it.</summary>
    private static bool IsNumberModifier(Token token) => token.Text.Contains('-') && char.IsDigit(token.Text[0]);

    private static bool OpensClause(IReadOnlyList<Token> tokens, int i) => i == 0 || tokens[i - 1].Text is "," or ";" or ":" or "\"";

    private static IReadOnlyList<Token>? After(IReadOnlyList<Token> tokens, NameChunk name)
    {
        // "NAME, 41, director of …": the description follows the age.
        var i = ApposedAge.CloseAfter(tokens, name) ?? AfterBrackets(tokens, name.Last + 1);
        if (i + 1 >= tokens.Count || tokens[i].Text != "," || (tokens[i + 1].Lower is not ("a" or "an" or "the") && !IsBareTitle(tokens, i + 1))) return null;
        var limit = MaxWords;
        var acronym = -1;
        for (var j = i + 2; j < tokens.Count && j - i <= limit; j++)
        {
            if (tokens[j].Text is "." or "," or ";" || DefinedAcronymEnds(tokens, j)) return Valid(WithoutBracket(tokens, i + 1, j, acronym));
            if (acronym < 0 && IsDefinedAcronym(tokens, j))
            {
                // "director of the X Institute (XI) at the University of Y": the bracket is dropped and the phrase after it kept.
                acronym = j;
                limit = MaxWordsWithClause + 3;
                j += 2;
                continue;
            }

            if (!tokens[j].IsWord || ReportingVerbs.LemmaOf(tokens[j].Lower) is not null) return null;
            if (RelativeWords.Contains(tokens[j].Lower) || tokens[j].Lower == "and") limit = MaxWordsWithClause;
        }

        return null;
    }

    /// <summary>"(ACR)," closing a description: "a researcher at the Centre for X (CX), a …" ends before the bracket.</summary>
    private static bool DefinedAcronymEnds(IReadOnlyList<Token> tokens, int j) => IsDefinedAcronym(tokens, j) && EndsNounPhrase(tokens, j + 3);

    private static bool IsDefinedAcronym(IReadOnlyList<Token> tokens, int j) =>
        tokens[j].Text == "(" && j + 2 < tokens.Count && tokens[j + 1].IsAcronym && tokens[j + 2].Text == ")";

    /// <summary>The tokens from <paramref name="start"/> up to <paramref name="end"/> without the "(ACR)" bracket at <paramref name="bracket"/> (none if negative).</summary>
    private static List<Token> WithoutBracket(IReadOnlyList<Token> tokens, int start, int end, int bracket) =>
        Enumerable.Range(start, end - start).Where(k => bracket < 0 || k < bracket || k > bracket + 2).Select(k => tokens[k]).ToList();

    private static IReadOnlyList<Token>? Valid(List<Token> description) =>
        IsBareTitle(description, 0) || description.Skip(1).Any(t => t.IsWord && !t.IsCapitalized && !Text.StopWords.Contains(t.Lower)) ? description : null;

    /// <summary>"head of the X Agency", "spokesman for the council": a lowercase title word with no article, then its "of/for/at" phrase.</summary>
    private static bool IsBareTitle(IReadOnlyList<Token> tokens, int i) =>
        i + 1 < tokens.Count && !tokens[i].IsCapitalized && Lexicon.IsTitleWord(tokens[i].Lower) && tokens[i + 1].Lower is "of" or "for" or "at";

    private static int AfterBrackets(IReadOnlyList<Token> tokens, int next)
    {
        if (next >= tokens.Count || tokens[next].Text is not ("(" or "[")) return next;
        while (next < tokens.Count && tokens[next].Text is not (")" or "]")) next++;
        return next + 1;
    }

    private static bool EndsNounPhrase(IReadOnlyList<Token> tokens, int next) =>
        next >= tokens.Count || tokens[next].Text is "," or "." or ";" or ")" or "\"" or "!" or "?";

    private static bool IsList(IReadOnlyList<Token> tokens, int next)
    {
        if (next + 1 >= tokens.Count || tokens[next].Text != ",") return false;
        // "The skipper, NAME, and the technician, NAME": a second apposition pair, not a list of names.
        if (next + 3 < tokens.Count && tokens[next + 1].Lower == "and" && tokens[next + 2].Lower == "the" && tokens[next + 3].IsWord && !tokens[next + 3].IsCapitalized) return false;
        var following = tokens[next + 1].Lower == "the" && next + 2 < tokens.Count ? tokens[next + 2] : tokens[next + 1];
        if (following.Lower == "and") following = next + 2 < tokens.Count ? tokens[next + 2] : following;
        // "NAME, the Agency's director of …": an owner's possessive opens a description, not a second list item.
        var owner = tokens.Skip(following.Index).TakeWhile(t => t.IsCapitalized).LastOrDefault();
        if (owner is { IsPossessive: true } && owner.Index + 1 < tokens.Count && tokens[owner.Index + 1].IsWord && !tokens[owner.Index + 1].IsCapitalized) return false;
        return following.IsCapitalized || following.Lower == "the";
    }
}
