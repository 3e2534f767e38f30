namespace BriefingBot.Knowledge.Extraction;

/// <summary>The entities inside a title: "NSP" in "NSP Director", "Delta Shipping" in "Delta Shipping CEO", the "of" part of "Minister of Coastal Defence".</summary>
public static class RoleEntities
{
    /// <summary>Sub-chunks of the role that name entities.</summary>
    public static IEnumerable<NameChunk> Find(NameChunk role)
    {
        var tokens = role.Tokens;
        var firstTitle = Enumerable.Range(0, tokens.Count).FirstOrDefault(i => RoleSplitter.IsTitle(tokens[i]), tokens.Count);
        if (firstTitle >= 2 && !tokens.Take(firstTitle).Any(t => t.IsAcronym || Gazetteer.Default.Find(t.Core) is not null))
        {
            yield return role.Slice(0, firstTitle);
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsAcronym && !Lexicon.TitleWords.Contains(tokens[i].Core)) yield return role.Slice(i, i + 1);
            else if (!RoleSplitter.IsTitle(tokens[i]) && tokens[i].Lower != "of" && Gazetteer.Default.Find(tokens[i].Core) is not null) yield return role.Slice(i, i + 1);
            else if (tokens[i].Lower == "of" && i + 1 < tokens.Count) { yield return role.Slice(i + 1, tokens.Count); yield break; }
        }
    }
}
