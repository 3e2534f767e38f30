namespace BriefingBot.Knowledge.Extraction;

/// <summary>Reduces an English verb form to its lemma: an irregular table, then suffix rules.</summary>
public static class VerbLemmatizer
{
    private static readonly Dictionary<string, string> Irregular = Parse(
        "broke:break broken:break began:begin begun:begin led:lead took:take taken:take made:make went:go gone:go came:come " +
        "saw:see seen:see gave:give given:give fought:fight sought:seek brought:bring built:build held:hold kept:keep " +
        "left:leave lost:lose met:meet paid:pay ran:run sent:send set:set spent:spend stood:stand struck:strike " +
        "taught:teach thought:think threw:throw thrown:throw told:tell understood:understand won:win wrote:write " +
        "written:write fled:flee fell:fall fallen:fall felt:feel found:find got:get gotten:get grew:grow grown:grow " +
        "hid:hide hidden:hide hit:hit knew:know known:know laid:lay lay:lie put:put rose:rise risen:rise shot:shoot " +
        "shut:shut slew:slay spread:spread stole:steal stolen:steal swore:swear sworn:swear bore:bear born:bear " +
        "drove:drive driven:drive ate:eat froze:freeze frozen:freeze bought:buy sold:sell caught:catch said:say " +
        "is:be are:be was:be were:be been:be has:have had:have did:do does:do done:do killed:kill " +
        "died:die dies:die lied:lie ties:tie tied:tie");

    private static readonly HashSet<string> KeepE = new(StringComparer.Ordinal)
    {
        "rag", "wag", "us", "caus", "forc", "surviv", "los", "plac", "launch", "rais", "seiz", "emerg", "merg", "releas",
        "increas", "decreas", "declin", "continu", "pledg", "chang", "charg", "engag", "escap", "faci", "fac", "enforc",
        "announc", "produc", "reduc", "promot", "vot", "aim", "stat", "creat", "operat", "locat", "negotiat", "rul", "involv", "resolv", "solv", "receiv", "believ", "achiev",
        "targ", "captur", "dominat", "eliminat", "relocat", "advanc", "balanc", "financ", "sourc", "tak", "mak", "manag", "damag", "ravag", "wreck",
    };

    /// <summary>Lemma of the verb form ("raging" → "rage", "broke" → "break", "labeled" → "label").</summary>
    public static string Lemma(string word)
    {
        var w = word.ToLowerInvariant();
        if (Irregular.TryGetValue(w, out var irregular)) return irregular;
        if (ReportingVerbs.LemmaOf(w) is { } reporting) return reporting;
        if (w.EndsWith("ied") && w.Length > 4) return w[..^3] + "y";
        if (w.EndsWith("ies") && w.Length > 4) return w[..^3] + "y";
        foreach (var suffix in new[] { "ing", "ed" })
        {
            if (!w.EndsWith(suffix) || w.Length <= suffix.Length + 2) continue;
            var stem = w[..^suffix.Length];
            if (stem.Length > 2 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'z' or 'f')) return stem[..^1];
            if (KeepE.Contains(stem) || EndsConsonantVowelConsonantE(stem)) return stem + "e";
            return stem;
        }

        if (w.EndsWith("sses") || w.EndsWith("shes") || w.EndsWith("ches") || w.EndsWith("xes")) return w[..^2];
        if (w.EndsWith('s') && !w.EndsWith("ss") && w.Length > 3) return w[..^1];
        return w;
    }

    private static bool EndsConsonantVowelConsonantE(string stem) =>
        stem.Length >= 3 && stem[^1] is 'v' or 'z' or 'c' && !"aeiou".Contains(stem[^2]) ;

    private static Dictionary<string, string> Parse(string pairs) =>
        pairs.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split(':'))
            .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
}
