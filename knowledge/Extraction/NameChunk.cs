namespace BriefingBot.Knowledge.Extraction;

/// <summary>A run of capitalised words that may name something, with its token range (inclusive) and offsets.</summary>
public sealed record NameChunk(IReadOnlyList<Token> Tokens)
{
    /// <summary>Offset of the first token in the sentence.</summary>
    public int Start => Tokens[0].Start;
    /// <summary>End offset of the last token (exclusive).</summary>
    public int End => Tokens[^1].End;
    /// <summary>Index of the first token.</summary>
    public int First => Tokens[0].Index;
    /// <summary>Index of the last token.</summary>
    public int Last => Tokens[^1].Index;
    /// <summary>The words joined by single spaces, possessive ending removed.</summary>
    public string Text => NameText.Join(Tokens);
    /// <summary>True when the last word is possessive.</summary>
    public bool IsPossessive => Tokens[^1].IsPossessive;

    /// <summary>The chunk as written in the sentence (periods and brackets kept), possessive removed.</summary>
    public string Original(string sentenceText)
    {
        var text = sentenceText[Start..End];
        return Tokens[^1].IsPossessive ? text[..^(Tokens[^1].Text.Length - Tokens[^1].Core.Length)] : text;
    }

    /// <summary>A sub-chunk of tokens [from, to) relative to this chunk.</summary>
    public NameChunk Slice(int from, int to) => new(Tokens.Skip(from).Take(to - from).ToList());
}

/// <summary>Joins and normalises name words.</summary>
public static class NameText
{
    /// <summary>Words joined by spaces; the last word loses a possessive ending and a lowercase hyphen suffix ("Peru-based").</summary>
    public static string Join(IReadOnlyList<Token> tokens) =>
        string.Join(" ", tokens.Select((t, i) => i == tokens.Count - 1 ? NameCore(t) : t.Text));

    /// <summary>The name part of one token: "Roe's" → "Roe", "U.S.-backed" → "U.S.".</summary>
    public static string NameCore(Token token)
    {
        var core = token.Core;
        var hyphen = core.LastIndexOf('-');
        return hyphen > 0 && hyphen < core.Length - 1 && char.IsLower(core[hyphen + 1]) && char.IsUpper(core[0]) ? core[..hyphen] : core;
    }

    /// <summary>Lowercase matching key: no leading "the", no dots, hyphens as spaces, possessive removed.</summary>
    public static string Key(string name)
    {
        var s = name.Trim().ToLowerInvariant().Replace("'s", "").Replace("'", "").Replace(".", "").Replace('-', ' ');
        if (s.StartsWith("the ")) s = s[4..];
        return string.Join(' ', s.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
