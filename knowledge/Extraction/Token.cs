namespace BriefingBot.Knowledge.Extraction;

/// <summary>A word or punctuation mark of a sentence, with offsets into the sentence.</summary>
public sealed record Token(string Text, int Start, int Index)
{
    /// <summary>End offset (exclusive).</summary>
    public int End => Start + Text.Length;
    /// <summary>Lowercase text.</summary>
    public string Lower { get; } = Text.ToLowerInvariant();
    /// <summary>True for a word (letters or digits), false for punctuation.</summary>
    public bool IsWord => char.IsLetterOrDigit(Text[0]);
    /// <summary>The word without a trailing possessive ("Roe's" → "Roe", "NSP'" → "NSP").</summary>
    public string Core { get; } = Text.EndsWith("'s") ? Text[..^2] : Text.EndsWith('\'') ? Text[..^1] : Text;
    /// <summary>True when the word carries a possessive ending.</summary>
    public bool IsPossessive => Core.Length != Text.Length;
    /// <summary>True when the word starts with a capital or is a name with a particle ("al-Rashid").</summary>
    public bool IsCapitalized => IsWord && (char.IsUpper(Text[0]) || Text.Split('-').Skip(1).Any(p => p.Length > 0 && char.IsUpper(p[0])));
    /// <summary>True for an acronym: NSP, UN, U.S.</summary>
    public bool IsAcronym => Core.Count(char.IsLetter) >= 2 && Core.All(c => char.IsUpper(c) || c == '.' || char.IsDigit(c)) && Core.Any(char.IsLetter);
}
