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
        "chose:choose chosen:choose spoke:speak spoken:speak beat:beat beaten:beat forgot:forget forgotten:forget " +
        "died:die dies:die lied:lie ties:tie tied:tie created:create creating:create used:use uses:use controlled:control " +
        "patrolled:patrol retook:retake overtook:overtake undertook:undertake withdrew:withdraw withdrawn:withdraw " +
        "heard:hear overheard:overhear meant:mean sat:sit slept:sleep fed:feed bred:breed dealt:deal bent:bend lent:lend " +
        "dug:dig hung:hang swept:sweep wept:weep crept:creep knelt:kneel leapt:leap learnt:learn burnt:burn sped:speed " +
        "spun:spin stuck:stick swung:swing stung:sting slid:slide shone:shine woke:wake woken:wake awoke:awake " +
        "became:become overcame:overcome underwent:undergo undergone:undergo forgave:forgive forgiven:forgive " +
        "forbade:forbid forbidden:forbid flew:fly flown:fly drew:draw drawn:draw blew:blow blown:blow " +
        "tore:tear torn:tear wore:wear worn:wear sank:sink sunk:sink rang:ring rung:ring sang:sing sung:sing swam:swim " +
        "drank:drink shrank:shrink shook:shake shaken:shake mistook:mistake mistaken:mistake misled:mislead arose:arise " +
        "arisen:arise rode:ride ridden:ride bitten:bite sprang:spring sprung:spring strove:strive striven:strive " +
        "withheld:withhold upheld:uphold oversaw:oversee overseen:oversee foresaw:foresee foreseen:foresee " +
        "rebuilt:rebuild retaken:retake overtaken:overtake undertaken:undertake overran:overrun overthrew:overthrow " +
        "overthrown:overthrow");

    /// <summary>True for an irregular past or participle form ("begun", "risen").</summary>
    public static bool IsIrregularForm(string word) => Irregular.ContainsKey(word.ToLowerInvariant());

    /// <summary>True for a base form that ends in "eed" ("need", "exceed"): no past tense, though it ends in "ed".</summary>
    public static bool IsBaseEed(string word) => BaseEed.Contains(word.ToLowerInvariant());

    /// <summary>
    /// True for a past or participle form: one in "-ed" ("released", "used", not "need") or an irregular form ("held",
    /// and also "was", "has": callers that mean a content verb leave out the auxiliaries).
    /// </summary>
    public static bool IsPastForm(string word) =>
        (word.Length > 3 && word.EndsWith("ed", StringComparison.Ordinal) && !IsBaseEed(word)) || IsIrregularForm(word);

    /// <summary>Lemma of the verb form ("raging" → "rage", "broke" → "break", "labeled" → "label").</summary>
    public static string Lemma(string word)
    {
        var w = word.ToLowerInvariant();
        if (Irregular.TryGetValue(w, out var irregular)) return irregular;
        if (ReportingVerbs.LemmaOf(w) is { } reporting) return reporting;
        if (w.EndsWith("ied") && w.Length > 4) return w[..^3] + "y";
        if (w.EndsWith("ies") && w.Length > 4) return w[..^3] + "y";
        if (w.EndsWith("eed") && !BaseEed.Contains(w)) return w[..^1];
        foreach (var suffix in new[] { "ing", "ed" })
        {
            if (!w.EndsWith(suffix) || w.Length <= suffix.Length + 2) continue;
            var stem = w[..^suffix.Length];
            if (stem.Length > 2 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'z' or 'f' or 'e')) return stem[..^1];
            return NeedsE(stem) ? stem + "e" : stem;
        }

        if (w.EndsWith("sses") || w.EndsWith("shes") || w.EndsWith("ches") || w.EndsWith("xes")) return w[..^2];
        if (w.EndsWith('s') && !w.EndsWith("ss") && w.Length > 3) return w[..^1];
        return w;
    }

    private static readonly HashSet<string> BaseEed = new(StringComparer.Ordinal) { "need", "proceed", "exceed", "succeed", "feed", "bleed", "breed", "speed", "heed", "seed", "weed" };

    /// <summary>Whether a stem lost a final "e" ("capitaliz" → "capitalize", "hir" → "hire", "handl" → "handle").</summary>
    private static bool NeedsE(string stem)
    {
        if (stem.Length < 2) return false;
        char last = stem[^1], before = stem[^2];
        bool Vowel(char c) => "aeiou".Contains(c);
        var beforeBefore = stem.Length > 2 ? stem[^3] : 'a';
        return last switch
        {
            'v' or 'z' or 'u' => true,
            'c' => before != 'c',
            's' => Vowel(before) && !Vowel(beforeBefore) && !stem.EndsWith("us") || stem.EndsWith("caus") || stem.EndsWith("eas") || stem.EndsWith("aus") || stem.EndsWith("ais") || stem.EndsWith("ois"),
            'l' => !Vowel(before) && before is not ('l' or 'r' or 'w'),
            'r' => before is 'i' or 'u' || (before is 'a' or 'o') && !Vowel(beforeBefore),
            'g' => stem.EndsWith("ag") || stem.EndsWith("rg") || stem.EndsWith("ang") || stem.EndsWith("eg"),
            'm' or 'k' or 'b' or 'd' => Vowel(before) && !Vowel(beforeBefore) && stem.Length > 2,
            't' => (stem.EndsWith("at") || stem.EndsWith("ut") || stem.EndsWith("ot")) && !Vowel(beforeBefore),
            'p' => stem.EndsWith("ap") && !Vowel(beforeBefore),
            'n' => stem.EndsWith("in") && !Vowel(beforeBefore) && stem.Length > 3,
            _ => false,
        };
    }

    private static Dictionary<string, string> Parse(string pairs) =>
        pairs.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split(':'))
            .DistinctBy(p => p[0]).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
}
