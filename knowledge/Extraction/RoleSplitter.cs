namespace BriefingBot.Knowledge.Extraction;

/// <summary>The parts of a name chunk: a title or role ("NSP Director"), the name after it, and a bare prefix entity ("NSP Roe").</summary>
public sealed record RoleSplit(NameChunk? Role, NameChunk? Name, NameChunk? Prefix);

/// <summary>
/// Splits "NSP Director Jane Roe" into role "NSP Director" and name "Jane Roe", "Minister of Coastal Defence
/// John Doe" into role and the last two (or three, with a particle) words, and "NSP Roe" into an acronym and a name.
/// </summary>
public static class RoleSplitter
{
    /// <summary>Splits one chunk.</summary>
    public static RoleSplit Split(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var lastTitle = -1;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (IsTitle(tokens[k])) lastTitle = k;
        }

        if (lastTitle < 0) return SplitAcronymPrefix(chunk);
        if (lastTitle == tokens.Count - 1) return new RoleSplit(chunk, null, null);
        if (tokens[lastTitle + 1].Lower != "of") return new RoleSplit(chunk.Slice(0, lastTitle + 1), chunk.Slice(lastTitle + 1, tokens.Count), null);

        var rest = tokens.Count - (lastTitle + 2);
        if (rest <= 2) return new RoleSplit(chunk, null, null);
        var nameLength = Lexicon.NameParticles.Contains(tokens[^2].Text) || tokens[^2].Core.Length == 1 ? 3 : 2;
        return new RoleSplit(chunk.Slice(0, tokens.Count - nameLength), chunk.Slice(tokens.Count - nameLength, tokens.Count), null);
    }

    /// <summary>True when the token is a title word written with a capital ("Director", "Vice").</summary>
    public static bool IsTitle(Token token) => token.IsCapitalized && Lexicon.IsTitleWord(token.Core);

    private static RoleSplit SplitAcronymPrefix(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        if (tokens.Count < 2 || !tokens[0].IsAcronym || Lexicon.VesselPrefixes.Contains(tokens[0].Core) || tokens.Skip(1).Any(t => t.IsAcronym || Lexicon.OrganizationWords.Contains(t.Core)))
        {
            return new RoleSplit(null, chunk, null);
        }

        if (Gazetteer.Default.Find(chunk.Text) is not null) return new RoleSplit(null, chunk, null);
        return new RoleSplit(null, chunk.Slice(1, tokens.Count), chunk.Slice(0, 1));
    }
}
