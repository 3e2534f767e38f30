namespace BriefingBot.Knowledge.Extraction;

/// <summary>Roles written in lowercase between an owner and a name: "[NSP leader] Roe", "Delta's chief engineer, Jane Roe".</summary>
public static class LowercaseRoles
{
    /// <summary>The role text ("Delta chief engineer") and its owner's name, or null.</summary>
    public static (string Role, string Owner)? Find(IReadOnlyList<Token> tokens, IReadOnlyList<NameChunk> chunks, NameChunk name)
    {
        var i = name.First - 1;
        while (i >= 0 && tokens[i].Text is "[" or "]") i--;
        if (i >= 0 && tokens[i].Text == "," && !(name.Last + 1 < tokens.Count && tokens[name.Last + 1].Text is "," or "." or ")")) return null;
        if (i >= 0 && tokens[i].Text == ",") i--;
        var end = i;
        while (i >= 0 && tokens[i].IsWord && !tokens[i].IsCapitalized && Lexicon.TitleWords.Contains(tokens[i].Lower)) i--;
        if (i == end || i < 0 || !Lexicon.TitleWords.Contains(tokens[end].Lower) || Lexicon.WeakTitleWords.Contains(tokens[end].Lower)) return null;
        var owner = chunks.FirstOrDefault(c => c.Last == i);
        if (owner is null) return null;
        var title = string.Join(" ", tokens.Skip(i + 1).Take(end - i).Select(t => t.Text));
        return ($"{owner.Text} {title}", owner.Text);
    }
}
