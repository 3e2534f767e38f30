namespace BriefingBot.Knowledge.Extraction;

/// <summary>
/// Roles written in lowercase between an owner and a name: "[NSP leader] Roe", "Delta's chief engineer, Jane Roe",
/// "Delta's regional director for the North, Jane Roe" (modifiers and a place phrase after a possessive owner), and
/// "Its senior researcher, Jane Roe" opening a sentence (the owner is the subject of the sentence before), and
/// "police spokeswoman Jane Roe" (a lowercase organisation word: the role has no named owner).
/// </summary>
public static class LowercaseRoles
{
    /// <summary>The role text ("Delta chief engineer", "police spokeswoman") and its owner's name (null for a lowercase body word), or null.</summary>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="chunks">The sentence's name chunks.</param>
    /// <param name="name">The name the role may belong to.</param>
    /// <param name="pronounOwner">What a sentence-opening "Its"/"Their" refers to (<see cref="SubjectOwner"/>), or null.</param>
    public static (string Role, string? Owner)? Find(IReadOnlyList<Token> tokens, IReadOnlyList<NameChunk> chunks, NameChunk name, string? pronounOwner = null)
    {
        var i = name.First - 1;
        while (i >= 0 && tokens[i].Text is "[" or "]") i--;
        if (i >= 0 && tokens[i].Text == "," && !(name.Last + 1 < tokens.Count && tokens[name.Last + 1].Text is "," or "." or ")")) return null;
        var comma = i >= 0 && tokens[i].Text == ",";
        if (comma) i = BeforePlacePhrase(tokens, chunks, i - 1);
        var end = i;
        while (i >= 0 && tokens[i].IsWord && !tokens[i].IsCapitalized && Lexicon.IsTitleWord(tokens[i].Lower)) i--;
        if (i == end || i < 0 || !Lexicon.IsTitleWord(tokens[end].Lower) || Lexicon.WeakTitleWords.Contains(tokens[end].Lower)) return null;
        var owner = chunks.FirstOrDefault(c => c.Last == i)?.Text ?? (i == 0 && tokens[i].Lower is "its" or "their" ? pronounOwner : null);
        if (owner is null && comma && ModifiersAfterOwner(tokens, chunks, i) is var (modifiersStart, possessive)) (owner, i) = (possessive, modifiersStart);
        var title = string.Join(" ", tokens.Skip(i + 1).Take(end - i).Select(t => t.Text));
        if (owner is null && !comma && IsBodyWord(tokens, i)) return ($"{tokens[i].Lower} {title}", null);
        if (owner is null) return null;
        return ($"{owner} {title}", owner);
    }

    /// <summary>"police" of "police spokeswoman Jane Roe": a lowercase organisation word owning the title, no name before it.</summary>
    private static bool IsBodyWord(IReadOnlyList<Token> tokens, int i) =>
        tokens[i].IsWord && !tokens[i].IsCapitalized && Lexicon.OrganizationWords.Contains(tokens[i].Lower) && (i == 0 || !tokens[i - 1].IsCapitalized);

    /// <summary>"… coordinator for the Northern Coast, NAME": the index before a "for/of/in [the] Name" phrase ending at <paramref name="i"/>, else i.</summary>
    private static int BeforePlacePhrase(IReadOnlyList<Token> tokens, IReadOnlyList<NameChunk> chunks, int i)
    {
        var chunk = chunks.FirstOrDefault(c => c.Last == i);
        if (chunk is null) return i;
        var j = chunk.First - 1;
        if (j >= 0 && tokens[j].Lower == "the") j--;
        return j >= 1 && tokens[j].Lower is "for" or "of" or "in" ? j - 1 : i;
    }

    /// <summary>"Delta's regional coordinator, NAME": up to two lowercase modifiers between an owner's possessive and the title.</summary>
    private static (int Start, string Owner)? ModifiersAfterOwner(IReadOnlyList<Token> tokens, IReadOnlyList<NameChunk> chunks, int i)
    {
        for (var k = i; k >= 0 && i - k < 2 && tokens[k].IsWord && !tokens[k].IsCapitalized; k--)
        {
            if (chunks.FirstOrDefault(c => c.Last == k - 1 && c.Tokens[^1].IsPossessive) is { } owner) return (k - 1, owner.Text);
        }

        return null;
    }
}
