namespace BriefingBot.Knowledge.Extraction;

/// <summary>
/// Finds acronym definitions "LONG FORM (ACR)", "(ACR1/ACR2)" or "[ACR]" and their long form, using the
/// Schwartz–Hearst rule (the acronym's letters appear in order in the long form, the first at a word start); a
/// lowercase long form must spell the acronym word by word ("free trade zone (FTZ)").
/// </summary>
public static class AliasDefinitionFinder
{
    /// <summary>The definitions in a tokenised sentence, given its name chunks.</summary>
    public static IReadOnlyList<AliasDefinition> Find(IReadOnlyList<Token> tokens, IReadOnlyList<NameChunk> chunks)
    {
        var found = new List<AliasDefinition>();
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i].Text is not ("(" or "[")) continue;
            var acronyms = Acronyms(tokens, i);
            if (acronyms.Count == 0) continue;
            var chunk = chunks.FirstOrDefault(c => c.Last == i - 1);
            var longForm = chunk is null ? LowercaseLongForm(tokens, i, acronyms[0].Core) : LongForm(tokens, chunk, acronyms[0].Core) ?? chunk;
            if (longForm is not null) found.Add(new AliasDefinition(longForm, acronyms));
        }

        return found;
    }

    private static List<Token> Acronyms(IReadOnlyList<Token> tokens, int open)
    {
        var close = tokens[open].Text == "(" ? ")" : "]";
        var acronyms = new List<Token>();
        for (var j = open + 1; j < tokens.Count; j++)
        {
            if (tokens[j].Text == close) return acronyms;
            if (tokens[j].IsAcronym && tokens[j].Core.Length <= 8) acronyms.Add(tokens[j]);
            else if (tokens[j].Text != "/") return new List<Token>();
        }

        return new List<Token>();
    }

    private static NameChunk? LongForm(IReadOnlyList<Token> tokens, NameChunk chunk, string acronym)
    {
        var letters = acronym.Count(char.IsLetterOrDigit);
        var maxWords = Math.Min(letters + 5, letters * 2);
        return Spelled(tokens, chunk, acronym, maxWords) ?? Shortest(tokens, chunk, acronym, maxWords);
    }

    /// <summary>
    /// "Centre for Civic Intelligence Studies (CCIS)": the span whose capitalised words' initials spell the acronym
    /// exactly, before the shortest Schwartz–Hearst span ("Civic Intelligence Studies" also holds C, C, I, S in order).
    /// </summary>
    private static NameChunk? Spelled(IReadOnlyList<Token> tokens, NameChunk chunk, string acronym, int maxWords)
    {
        var letters = new string(acronym.Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray());
        for (var first = chunk.Last; first >= 0 && chunk.Last - first < maxWords && tokens[first].IsWord; first--)
        {
            var span = tokens.Skip(first).Take(chunk.Last - first + 1).ToList();
            if (!span[0].IsCapitalized || span[0].Text.Contains('-')) continue;
            var initials = new string(span.Where(t => t.IsCapitalized).Select(t => char.ToLowerInvariant(t.Text[0])).ToArray());
            if (initials == letters) return new NameChunk(span);
        }

        return null;
    }

    private static NameChunk? Shortest(IReadOnlyList<Token> tokens, NameChunk chunk, string acronym, int maxWords)
    {
        for (var first = chunk.First; first >= 0 && chunk.Last - first < maxWords; first--)
        {
            if (!tokens[first].IsWord) return null;
            if (!tokens[first].IsCapitalized) continue;
            var span = tokens.Skip(first).Take(chunk.Last - first + 1).ToList();
            if (Matches(acronym, string.Join(" ", span.Select(t => t.Text)))) return new NameChunk(span);
        }

        return null;
    }

    /// <summary>"free trade zone (FTZ)": lowercase words right before the bracket, one per letter, each starting with its letter.</summary>
    private static NameChunk? LowercaseLongForm(IReadOnlyList<Token> tokens, int open, string acronym)
    {
        var letters = acronym.Where(char.IsLetter).Select(char.ToLowerInvariant).ToList();
        if (letters.Count < 2 || letters.Count != acronym.Count(char.IsLetterOrDigit) || open < letters.Count) return null;
        var words = tokens.Skip(open - letters.Count).Take(letters.Count).ToList();
        return words.Select((t, k) => t.IsWord && !t.IsCapitalized && t.Text[0] == letters[k] && !Text.StopWords.Contains(t.Lower)).All(ok => ok)
            ? new NameChunk(words) : null;
    }

    /// <summary>Schwartz–Hearst: every letter of the short form occurs in order in the long form, the first at a word start.</summary>
    public static bool Matches(string shortForm, string longForm)
    {
        int s = shortForm.Length - 1, l = longForm.Length - 1;
        for (; s >= 0; s--)
        {
            var c = char.ToLowerInvariant(shortForm[s]);
            if (!char.IsLetterOrDigit(c)) continue;
            while (l >= 0 && (char.ToLowerInvariant(longForm[l]) != c || (s == 0 && l > 0 && char.IsLetterOrDigit(longForm[l - 1])))) l--;
            if (l < 0) return false;
            l--;
        }

        return true;
    }
}
