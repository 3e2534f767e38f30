namespace BriefingBot.Knowledge.Extraction;

/// <summary>
/// "Chief Inspector Jane Roe of the Coastal Agency": a title, a person's name and "of" an organisation or place in one
/// run of capitals. The run is two names: the titled person ("Chief Inspector Jane Roe") and the owner after "of (the)"
/// ("Coastal Agency"). A title followed straight by "of" ("Minister of Coastal Defence John Doe") is one title.
/// </summary>
public static class TitledNameOwner
{
    private const int MaxNameWords = 3;

    /// <summary>The index (in the run) of "of" ending the person's name, or -1 when the run is not "TITLE NAME of OWNER".</summary>
    public static int OfIndex(IReadOnlyList<Token> run)
    {
        var title = -1;
        for (var k = 0; k < run.Count && title < 0; k++) if (RoleSplitter.IsTitle(run[k])) title = k;
        if (title < 0) return -1;
        var name = title;
        while (name < run.Count && RoleSplitter.IsTitle(run[name])) name++;
        var of = name;
        while (of < run.Count && of - name <= MaxNameWords && IsPersonWord(run[of])) of++;
        if (of == name || of - name > MaxNameWords || of >= run.Count || run[of].Lower != "of") return -1;
        var owner = run[Math.Min(of + 1, run.Count - 1)].Lower == "the" ? of + 2 : of + 1;
        return owner < run.Count && run[owner].IsCapitalized ? of : -1;
    }

    /// <summary>The organisation or place named by "of (the) NAME" right after the titled person's name, or null.</summary>
    public static string? OwnerAfter(SentenceContext sentence, NameChunk name, IReadOnlyList<AliasDefinition> definitions)
    {
        var tokens = sentence.Tokens;
        var i = name.Last + 1;
        if (name.IsPossessive || i >= tokens.Count || tokens[i].Lower != "of") return null;
        if (i + 1 < tokens.Count && tokens[i + 1].Lower == "the") i++;
        return definitions.Select(d => d.LongForm).Concat(sentence.Chunks).FirstOrDefault(c => c.First == i + 1)?.Text;
    }

    private static bool IsPersonWord(Token token) =>
        (token.IsCapitalized || Lexicon.NameParticles.Contains(token.Text)) && !token.IsAcronym && !RoleSplitter.IsTitle(token)
        && !Lexicon.OrganizationWords.Contains(token.Core) && token.Lower is not ("of" or "the");
}
