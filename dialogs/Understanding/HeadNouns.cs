using System.Text.RegularExpressions;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>
/// The nouns after "which", "what" or before "called" that say what kind of answer a question wants ("which agency"
/// wants an organisation, "what ransom" an amount).
/// </summary>
public static partial class HeadNouns
{
    private static readonly string[] MoneyWords = { "ransom", "price", "cost", "fee", "fine", "salary", "budget", "sum", "money" };

    private static readonly Dictionary<string, AnswerKind> Kinds = new(StringComparer.OrdinalIgnoreCase)
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
        ["university"] = AnswerKind.Organization,
        ["percentage"] = AnswerKind.Number, ["percent"] = AnswerKind.Number, ["share"] = AnswerKind.Number,
    };

    private static readonly HashSet<string> MoneyStems = MoneyWords.Select(TermAnalyzer.Stem).ToHashSet();

    static HeadNouns()
    {
        foreach (var word in MoneyWords) Kinds[word] = AnswerKind.Number; // "what ransom …" asks for an amount
    }

    /// <summary>Nouns for people the knowledge's list lacks.</summary>
    private static readonly HashSet<string> MorePeople = new(StringComparer.OrdinalIgnoreCase)
        { "detective", "expert", "prosecutor", "judge", "investigator", "inspector", "commander", "analyst" };

    /// <summary>
    /// True for a noun for a person, singular or plural ("detective", "officers"), that says no kind by itself: after
    /// "which" it asks for a person. Not "national" or "native", mostly adjectives.
    /// </summary>
    public static bool NamesPerson(string noun) => IsPersonNoun(noun) || (noun.EndsWith('s') && IsPersonNoun(noun[..^1]));

    /// <summary>
    /// True for a noun for a person that is a title of its own ("detective", "inspectors"): the sentence giving the person
    /// writes it ("Detective Superintendent Roe"). Not a kind noun, nor "officer" or "member", which any office holder is.
    /// </summary>
    public static bool NamesTitle(string noun) => NamesPerson(noun) && !NamesKind(noun) && noun.TrimEnd('s') is not ("officer" or "member");

    private static bool IsPersonNoun(string noun) =>
        MorePeople.Contains(noun) || (noun is not ("national" or "native") && Knowledge.Extraction.PersonNouns.IsPersonNoun(noun));

    /// <summary>True when the noun says what kind of answer is wanted.</summary>
    public static bool NamesKind(string noun) => Kinds.ContainsKey(noun);

    /// <summary>The kind of answer the noun asks for; the noun must name one.</summary>
    public static AnswerKind KindOf(string noun) => Kinds[noun];

    /// <summary>The kind of answer the noun asks for, if it names one.</summary>
    public static bool TryGetKind(string noun, out AnswerKind kind) => Kinds.TryGetValue(noun, out kind);

    /// <summary>Head nouns that ask for an amount of money ("what ransom …"): only a currency amount answers them.</summary>
    public static bool AsksMoney(string? headNoun) => headNoun is not null && MoneyStems.Contains(headNoun);

    /// <summary>"How much does a pilot earn", "how much was the deal worth": a money verb asks for a currency amount too.</summary>
    public static bool AsksMoneyByVerb(string normalized) => MoneyVerb().IsMatch(normalized);

    [GeneratedRegex(@"^how much\b.*\b(earn|earns|earned|cost|costs|pay|pays|paid|spend|spends|spent|charge|charges|charged|owe|owes|owed|worth)\b")]
    private static partial Regex MoneyVerb();
}
