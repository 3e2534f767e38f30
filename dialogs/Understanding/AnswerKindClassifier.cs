using System.Text.RegularExpressions;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>Tells from a question's wording what kind of answer it wants, and the noun it counts or picks.</summary>
public static partial class AnswerKindClassifier
{
    private static readonly string[] MoneyWords = { "ransom", "price", "cost", "fee", "fine", "salary", "budget", "sum", "money" };

    private static readonly Dictionary<string, AnswerKind> HeadNounKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["group"] = AnswerKind.Organization, ["groups"] = AnswerKind.Organization, ["organization"] = AnswerKind.Organization,
        ["organizations"] = AnswerKind.Organization, ["organisation"] = AnswerKind.Organization, ["agency"] = AnswerKind.Organization,
        ["agencies"] = AnswerKind.Organization, ["party"] = AnswerKind.Organization, ["faction"] = AnswerKind.Organization,
        ["company"] = AnswerKind.Organization, ["firm"] = AnswerKind.Organization, ["department"] = AnswerKind.Organization,
        ["program"] = AnswerKind.Organization, ["programme"] = AnswerKind.Organization, ["militia"] = AnswerKind.Organization,
        ["country"] = AnswerKind.Place, ["countries"] = AnswerKind.Place, ["city"] = AnswerKind.Place, ["cities"] = AnswerKind.Place,
        ["place"] = AnswerKind.Place, ["region"] = AnswerKind.Place, ["port"] = AnswerKind.Place, ["town"] = AnswerKind.Place,
        ["person"] = AnswerKind.Person, ["official"] = AnswerKind.Person, ["officials"] = AnswerKind.Person, ["leader"] = AnswerKind.Person,
        ["man"] = AnswerKind.Person, ["woman"] = AnswerKind.Person, ["spokesman"] = AnswerKind.Person, ["spokeswoman"] = AnswerKind.Person,
        ["people"] = AnswerKind.Person, ["minister"] = AnswerKind.Person, ["director"] = AnswerKind.Person,
        ["year"] = AnswerKind.Date, ["month"] = AnswerKind.Date, ["day"] = AnswerKind.Date, ["date"] = AnswerKind.Date,
        ["ship"] = AnswerKind.Thing, ["vessel"] = AnswerKind.Thing, ["tanker"] = AnswerKind.Thing, ["boat"] = AnswerKind.Thing,
        ["carrier"] = AnswerKind.Thing, ["product"] = AnswerKind.Thing, ["software"] = AnswerKind.Thing, ["weapon"] = AnswerKind.Thing,
        ["percentage"] = AnswerKind.Number, ["percent"] = AnswerKind.Number, ["share"] = AnswerKind.Number,
    };

    static AnswerKindClassifier()
    {
        foreach (var word in MoneyWords) HeadNounKinds[word] = AnswerKind.Number; // "what ransom …" asks for an amount
    }

    /// <summary>Head nouns that ask for an amount of money ("what ransom …"): only a currency amount answers them.</summary>
    public static bool AsksMoney(string? headNoun) => headNoun is not null && MoneyNouns.Contains(headNoun);

    private static readonly HashSet<string> MoneyNouns = MoneyWords
        .Select(Knowledge.Text.TermAnalyzer.Stem).ToHashSet();

    /// <summary>The expected answer kind and the head noun after "which", "what" or "how many", if any.</summary>
    public static (AnswerKind Kind, string? HeadNoun) Classify(string normalized)
    {
        normalized = LeadingPreposition().Replace(LeadingConjunction().Replace(normalized, ""), "");
        if (Quote().IsMatch(normalized)) return (AnswerKind.Quote, null);
        if (NameOf().IsMatch(normalized)) return (NamedKind(normalized), null);
        var howMany = HowMany().Match(normalized);
        if (howMany.Success) return (AnswerKind.Number, howMany.Groups["noun"].Value);
        if (normalized.StartsWith("how long", StringComparison.Ordinal) || HowSoon().IsMatch(normalized)) return (AnswerKind.Duration, null);
        if (HowBig().IsMatch(normalized) || AsksAge(normalized)) return (AnswerKind.Number, null);
        if (When().IsMatch(normalized)) return (AnswerKind.Date, null);
        if (normalized.StartsWith("where", StringComparison.Ordinal)) return (AnswerKind.Place, null);
        if (Why().IsMatch(normalized)) return (AnswerKind.Reason, null);
        var which = Which().Match(normalized);
        if (which.Success && HeadNoun(which) is { } head) return (HeadNounKinds[head], head);
        if (Who().IsMatch(normalized)) return (AnswerKind.Person, null);
        return (AnswerKind.Any, which.Success ? which.Groups["noun"].Value : null);
    }

    /// <summary>"What is the consulting firm called": the noun before "called" says what kind of name is wanted; else any entity.</summary>
    private static AnswerKind NamedKind(string normalized)
    {
        var words = normalized.Split(' ');
        var noun = words.Length >= 2 && words[^1] is "called" or "named" ? words[^2] : null;
        return noun is not null && HeadNounKinds.TryGetValue(noun, out var kind) && kind is not (AnswerKind.Date or AnswerKind.Number) ? kind : AnswerKind.Entity;
    }

    /// <summary>The first of the two words after "which" that names a kind ("which news agency" → "agency").</summary>
    private static string? HeadNoun(Match which)
    {
        var first = which.Groups["noun"].Value;
        if (HeadNounKinds.ContainsKey(first)) return first;
        var next = which.Groups["next"].Value;
        return HeadNounKinds.ContainsKey(next) ? next : null;
    }

    /// <summary>The verb right after "who" or "which country" ("who won the election" → "won"), or null when an auxiliary follows.</summary>
    public static string? WhoVerb(string normalized)
    {
        var match = WhoVerbPattern().Match(normalized);
        return match.Success ? match.Groups["verb"].Value : null;
    }

    [GeneratedRegex(@"^(and|so|but|then|ok|okay) (?=(who|whom|whose|what|when|where|which|why|how|by|since)\b)")]
    private static partial Regex LeadingConjunction();

    [GeneratedRegex(@"^(in|on|at|for|from|to|with|by|of|since|until|during|under) (?=(which|what|how|when|where|whom|whose)\b)")]
    private static partial Regex LeadingPreposition();

    [GeneratedRegex(@"^(what|which)('s| is| was| are| were) (the )?names? of\b|^what('s| is| was| are| were) .+ (called|named)$")]
    private static partial Regex NameOf();

    [GeneratedRegex(@"^who (?!(is|was|are|were|has|have|had|did|does|do|will|would|can|could|should|may|might|else|exactly|the|a|an)\b)(?<verb>[a-z]+)\b|^which [a-z-]+ (?<verb>[a-z]+ed)\b")]
    private static partial Regex WhoVerbPattern();

    /// <summary>True when the question asks for more than one ("which groups", "who are both").</summary>
    public static bool IsPlural(string normalized) => Plural().IsMatch(normalized);

    [GeneratedRegex(@"^(which|what)( two| three| other)? (?!(is|was|does|has|this|its|us)\b)[a-z-]+s\b|\b(both|two|three)\b|^who (are|were)\b")]
    private static partial Regex Plural();

    [GeneratedRegex(@"^(what|which things?) (did|does|do|has|have|had|was|were) .+ (say|said|warn|warned|add|added|note|noted|tell|told|claim|claimed|state|stated|caution|cautioned|predict|predicted|think|argue|argued|announce|announced|declare|declared|write|wrote)\b|^what was said\b|^(quote|what were the words)\b|^what (did|does) .+ have to say\b|^what (was|is) .+'s? (warning|statement|message|remark|comment|quote)\b")]
    private static partial Regex Quote();

    [GeneratedRegex(@"^(how many|how much|what (percentage|percent|proportion|share|number|amount|sum)( of)?|how large a (share|part))\s*(?<noun>(?!(has|have|had|is|are|was|were|do|does|did|will|would|can|could|should|it|they|he|she|we|you)\b)[a-z-]+)?")]
    private static partial Regex HowMany();

    [GeneratedRegex(@"^how (fast|quickly|soon)\b")]
    private static partial Regex HowSoon();

    /// <summary>True for "how big / large / far …": a measure, answered by an amount with a unit.</summary>
    public static bool AsksSize(string normalized) => HowBig().IsMatch(normalized);

    /// <summary>True for "how old …" / "what age …": only an age ("a 27-year-old") answers it.</summary>
    public static bool AsksAge(string normalized) => Age().IsMatch(normalized);

    [GeneratedRegex(@"^(how old|what age|at what age)\b")]
    private static partial Regex Age();

    [GeneratedRegex(@"^how (big|large|far|wide|tall|high|heavy|deep)\b")]
    private static partial Regex HowBig();

    [GeneratedRegex(@"^(when|since when|what (year|month|date|day|time)|on what (date|day)|in what (year|month)|in which (year|month)|which (year|month|date|day))\b")]
    private static partial Regex When();

    [GeneratedRegex(@"^(why|for what reason|what (is|was) the reason|what (caused|causes)|how come)\b")]
    private static partial Regex Why();

    [GeneratedRegex(@"^(which|what)( two| three| other)? (?!(is|are|was|were|did|does|do|has|have|had|can|could|will|would|should|kind|sort|type)\b)(?<noun>[a-z-]+)\b( (?<next>[a-z-]+))?")]
    private static partial Regex Which();

    [GeneratedRegex(@"^(who|whom|whose)\b")]
    private static partial Regex Who();
}
