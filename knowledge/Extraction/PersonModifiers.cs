namespace BriefingBot.Knowledge.Extraction;

/// <summary>
/// Words right before a name that describe a person: an age, a people's name and a person noun ("the skipper,
/// 51-year-old Utopian national NAME", "38-year-old NAME", "Utopian citizen NAME"). A person noun counts only after
/// an age or a people's name ("engineer NAME" alone is left to the title rules).
/// </summary>
public static class PersonModifiers
{
    /// <summary>Index of the first modifier word before the name at <paramref name="nameStart"/>; nameStart when there is none.</summary>
    public static int Start(IReadOnlyList<Token> tokens, int nameStart)
    {
        var i = nameStart - 1;
        if (i >= 1 && IsPersonNoun(tokens[i]) && (IsDemonym(tokens[i - 1]) || IsAge(tokens[i - 1]))) i--;
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
        return Enumerable.Range(start, name.First - start).Any(k => IsAge(tokens[k]) || IsPersonNoun(tokens[k]));
    }

    /// <summary>"NAME said", "NAME was": a reporting verb or an auxiliary after the name, not a noun it modifies.</summary>
    private static bool IsVerbAfterName(Token token) =>
        ReportingVerbs.LemmaOf(token.Lower) is not null || token.Lower is "was" or "is" or "has" or "had" or "and" or "who" or "of" or "from" or "in";

    /// <summary>"Utopian national" of "51-year-old Utopian national NAME": a people's name and the person noun after it, or null.</summary>
    public static IReadOnlyList<Token>? Nationality(IReadOnlyList<Token> tokens, int nameStart)
    {
        var start = Start(tokens, nameStart);
        var demonym = Enumerable.Range(start, nameStart - start).FirstOrDefault(k => IsDemonym(tokens[k]), -1);
        return demonym >= 0 && demonym + 1 < nameStart && IsPersonNoun(tokens[demonym + 1]) ? tokens.Skip(demonym).Take(2).ToList() : null;
    }

    private static bool IsAge(Token token) => token.Lower.EndsWith("-year-old", StringComparison.Ordinal) && char.IsDigit(token.Text[0]);

    private static bool IsPersonNoun(Token token) => token.IsWord && !token.IsCapitalized && PersonNouns.IsPersonNoun(token.Lower);

    private static bool IsDemonym(Token token) =>
        token.IsCapitalized && !token.IsPossessive && Gazetteer.Default.FindDemonym(token.Text) is not null && Gazetteer.Default.Find(token.Text) is null;
}
