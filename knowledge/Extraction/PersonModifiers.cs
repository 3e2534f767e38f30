namespace BriefingBot.Knowledge.Extraction;

/// <summary>
/// Words right before a name that describe a person: an age, a people's name and a person noun ("the skipper,
/// 51-year-old Utopian national NAME", "38-year-old NAME", "Utopian citizen NAME", "local fisherman NAME",
/// "Fisherman NAME" opening a sentence).
/// </summary>
public static class PersonModifiers
{
    private static readonly HashSet<string> FirmNouns = new(StringComparer.OrdinalIgnoreCase) { "courier", "dealer", "trader", "merchant", "developer", "guard" };

    /// <summary>Index of the first modifier word before the name at <paramref name="nameStart"/>; nameStart when there is none.</summary>
    public static int Start(IReadOnlyList<Token> tokens, int nameStart)
    {
        var i = nameStart - 1;
        if (i >= 0 && IsPersonNoun(tokens, i)) i--;
        if (i >= 0 && IsDemonym(tokens[i])) i--;
        if (i >= 0 && IsAge(tokens[i])) i--;
        return i + 1;
    }

    /// <summary>
    /// True when an age or a person noun stands right before the name and the name ends the noun phrase ("38-year-old
    /// NAME, who …", "Utopian national NAME"; not "a 61-year-old NAME elder", where the name is a modifier).
    /// </summary>
    public static bool MarkPerson(IReadOnlyList<Token> tokens, NameChunk name)
    {
        var start = Start(tokens, name.First);
        if (name.Last + 1 < tokens.Count && tokens[name.Last + 1].IsWord && !tokens[name.Last + 1].IsCapitalized && !IsVerbAfterName(tokens[name.Last + 1])) return false;
        var modifiers = Enumerable.Range(start, name.First - start).ToList();
        if (modifiers.Any(k => IsAge(tokens[k]))) return true;
        // "local fisherman X Y": a bare person noun names a person only before a name of two words or more that is no body
        // or place, and only a noun no firm is called by ("the courier X Y" may be a company).
        return modifiers.Any(k => IsPersonNoun(tokens, k) && !FirmNouns.Contains(tokens[k].Lower)) && name.Tokens.Count >= 2
            && !name.Tokens.Any(t => t.IsAcronym || Lexicon.OrganizationWords.Contains(t.Core) || Lexicon.PlaceWords.Contains(t.Core));
    }

    /// <summary>"NAME said", "NAME was", "NAME on Monday": a verb or a function word after the name, not a noun it modifies.</summary>
    private static bool IsVerbAfterName(Token token) =>
        ReportingVerbs.LemmaOf(token.Lower) is not null || Text.StopWords.Contains(token.Lower) || token.Lower.EndsWith("ed", StringComparison.Ordinal);

    /// <summary>"Utopian national" of "51-year-old Utopian national NAME": a people's name and the person noun after it, or null.</summary>
    public static IReadOnlyList<Token>? Nationality(IReadOnlyList<Token> tokens, int nameStart)
    {
        var start = Start(tokens, nameStart);
        var demonym = Enumerable.Range(start, nameStart - start).FirstOrDefault(k => IsDemonym(tokens[k]), -1);
        return demonym >= 0 && demonym + 1 < nameStart && IsPersonNoun(tokens, demonym + 1) ? tokens.Skip(demonym).Take(2).ToList() : null;
    }

    private static bool IsAge(Token token) => token.Lower.EndsWith("-year-old", StringComparison.Ordinal) && char.IsDigit(token.Text[0]);

    /// <summary>A lowercase person noun, or one capitalised only because it opens the sentence ("Fisherman NAME said").</summary>
    private static bool IsPersonNoun(IReadOnlyList<Token> tokens, int k) =>
        tokens[k].IsWord && (!tokens[k].IsCapitalized || NameChunker.IsClauseStart(tokens, k)) && PersonNouns.IsPersonNoun(tokens[k].Lower);

    private static bool IsDemonym(Token token) =>
        token.IsCapitalized && !token.IsPossessive && Gazetteer.Default.FindDemonym(token.Text) is not null && Gazetteer.Default.Find(token.Text) is null;
}
