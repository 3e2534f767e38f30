namespace BriefingBot.Knowledge.Extraction;

/// <summary>
/// A capitalised title set off from the name after it by a comma: "Interior Minister, Jane Roe, said …" and, with an
/// owner's possessive before the title, "Ruritania's Interior Minister, Jane Roe, said …" (role "Ruritania Interior
/// Minister", owner "Ruritania"). The name must close the apposition (a comma, period or bracket after it).
/// </summary>
public static class ApposedTitles
{
    /// <summary>The title chunk and its owner's name (or null), or null when no title stands before the name.</summary>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="chunks">The sentence's name chunks.</param>
    /// <param name="name">The name the title may belong to.</param>
    public static (NameChunk Title, string? Owner)? Find(IReadOnlyList<Token> tokens, IReadOnlyList<NameChunk> chunks, NameChunk name)
    {
        if (name.First < 2 || tokens[name.First - 1].Text != ",") return null;
        if (name.Last + 1 < tokens.Count && tokens[name.Last + 1].Text is not ("," or "." or ")")) return null;
        if (RoleSplitter.Split(name).Role is not null) return null;
        var title = chunks.FirstOrDefault(c => c.Last == name.First - 2);
        if (title is null || !RoleSplitter.IsTitle(title.Tokens[^1]) || title.Tokens[^1].IsPossessive) return null;
        if (RoleSplitter.Split(title) is not { Role: not null, Name: null }) return null;
        var owner = chunks.FirstOrDefault(c => c.Last == title.First - 1 && c.Tokens[^1].IsPossessive);
        return (title, owner?.Text);
    }
}
