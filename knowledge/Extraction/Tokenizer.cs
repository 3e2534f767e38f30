using System.Text.RegularExpressions;

namespace BriefingBot.Knowledge.Extraction;

/// <summary>Splits a (straightened) sentence into word and punctuation tokens with offsets.</summary>
public static partial class Tokenizer
{
    [GeneratedRegex(@"(?:[A-Z]\.){2,}(?:-[\p{L}]+)*|[\p{L}\p{N}]+(?:[-'.][\p{L}\p{N}]+)*(?:'s\b|'(?!\p{L}))?|\S")]
    private static partial Regex Pattern();

    /// <summary>Tokens of the text in order.</summary>
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        foreach (Match match in Pattern().Matches(text))
        {
            tokens.Add(new Token(match.Value, match.Index, tokens.Count));
        }

        return tokens;
    }
}
