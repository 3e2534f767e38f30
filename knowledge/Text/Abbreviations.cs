namespace BriefingBot.Knowledge.Text;

/// <summary>Words that end with a period without ending a sentence.</summary>
public static class Abbreviations
{
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "sen", "rep", "gov",
        "pres", "st", "jr", "sr", "no", "vs", "etc", "inc", "corp", "ltd", "co", "dept", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "approx", "est", "fig", "vol", "cmdr", "cdr", "rev", "fr",
    };

    /// <summary>True when the word before a period (without the period) is an abbreviation or an initial.</summary>
    public static bool IsAbbreviation(string wordBeforePeriod)
    {
        if (wordBeforePeriod.Length == 0) return false;
        if (wordBeforePeriod.Length == 1 && char.IsUpper(wordBeforePeriod[0])) return true;
        if (wordBeforePeriod.Contains('.')) return true; // U.S, e.g, i.e
        return Known.Contains(wordBeforePeriod);
    }
}
