using BriefingBot.Knowledge.Model;

namespace BriefingBot.Knowledge.Extraction;

/// <summary>Tells a mention that names the thing talked about from one that only qualifies another word.</summary>
public static class NominalMentions
{
    /// <summary>
    /// False for a possessive ("X's chief", "its crew") and for a name right before a capitalised title or name
    /// ("X Director Roe", "X (XA) CEO Roe"); true otherwise.
    /// </summary>
    public static bool IsNominal(IReadOnlyList<Token> tokens, Mention mention)
    {
        var last = tokens.LastOrDefault(t => t.Start < mention.Start + mention.Surface.Length);
        if (last is null || last.IsPossessive || mention.Surface.ToLowerInvariant() is "its" or "their" or "his" or "her") return false;
        if (mention.IsResolvedReference) return true;
        var next = tokens.FirstOrDefault(t => t.Index > last.Index && t.Text is not ("(" or ")" or "[" or "]") && !(t.IsAcronym && tokens[t.Index - 1].Text == "("));
        return next is null || !next.IsCapitalized;
    }
}
