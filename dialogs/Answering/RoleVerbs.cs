using System.Text.RegularExpressions;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>The role a "who" question asks for by a verb: "who represents X" asks for X's lawyer.</summary>
/// <param name="RoleStems">Stems of the role nouns meant; empty for a leading role (any word meaning "lead").</param>
/// <param name="PhraseStems">The stems of the phrasing itself ("repres", "charg"), which say nothing of whose role it is.</param>
/// <param name="HeldOverTheCase">True for a role held over the story's case itself (the prosecutor): its story words tie the person.</param>
public sealed record AskedRole(IReadOnlyList<string> RoleStems, IReadOnlyList<string> PhraseStems, bool HeldOverTheCase = false)
{
    /// <summary>True for a role that leads something ("in charge of", "commands").</summary>
    public bool Leads => RoleStems.Count == 0;
}

/// <summary>
/// "Who is defending Roe", "who represents the welder" (Roe's lawyer), "who is in charge of the agency", "who commands
/// the fleet" (its head), "who speaks for the ministry" (its spokesperson): a verb that names what a role does.
/// Past forms ("who led the raid") tell of an event, not a role, and are left to the sentences.
/// </summary>
public static partial class RoleVerbs
{
    private static readonly string[] Lawyer = Stems("lawyer", "attorney", "counsel", "solicitor", "barrister", "advocate");
    private static readonly string[] Spokesperson = Stems("spokesman", "spokeswoman", "spokesperson");
    private static readonly string[] Prosecutor = Stems("prosecutor");
    // Offices that lead what they belong to though no word of them means "lead" ("the agency's president").
    private static readonly string[] LeadingOffices = Stems("president", "commander", "commandant");

    /// <summary>The role asked by a verb in <paramref name="normalized"/>, or null.</summary>
    public static AskedRole? In(string normalized)
    {
        if (Represents().Match(normalized) is { Success: true } represents) return new AskedRole(Lawyer, Stems(represents.Groups["verb"].Value));
        if (SpeaksFor().Match(normalized) is { Success: true } speaks) return new AskedRole(Spokesperson, Stems(speaks.Groups["verb"].Value));
        if (Leads().Match(normalized) is not { Success: true } leads) return null;
        var verb = leads.Groups["verb"].Value;
        // "Who is running the prosecution" asks for the prosecutor, not for whoever leads.
        return leads.Groups["object"].Value == "prosecution"
            ? new AskedRole(Prosecutor, TermAnalyzer.Terms(verb + " prosecution").ToList(), HeldOverTheCase: true)
            : new AskedRole(Array.Empty<string>(), TermAnalyzer.Terms(verb).ToList());
    }

    /// <summary>True for a spokesperson asked by "who speaks for …".</summary>
    public static bool IsSpokesperson(AskedRole asked) => asked.RoleStems.SequenceEqual(Spokesperson);

    /// <summary>
    /// The stems of what "who spoke for the agency on the harbour raid" says the spokesperson spoke on: a topic that frames
    /// the question, as "in the … case" does, when the person speaks for something the question names.
    /// </summary>
    public static HashSet<string> Topic(string normalized) =>
        SpokeOn().Match(normalized) is { Success: true } on ? TermAnalyzer.Terms(on.Groups["topic"].Value).ToHashSet() : new HashSet<string>();

    /// <summary>Stems of the lawyer's role nouns, for "the lawyer representing X" asked with a role noun and its verb.</summary>
    public static IReadOnlyList<string> LawyerStems => Lawyer;

    /// <summary>True for the stem of an office that leads what it belongs to though it does not mean "lead" ("presid").</summary>
    public static bool IsLeadingOffice(string stem) => LeadingOffices.Contains(stem);

    /// <summary>True for the stem of a verb that says what a lawyer does ("repres", "defend").</summary>
    public static bool IsLawyerVerb(string stem) => stem is "repres" or "defend";

    private static string[] Stems(params string[] words) => words.Select(TermAnalyzer.Stem).ToArray();

    [GeneratedRegex(@"^who(m)?('s| is| are)? (?<verb>defending|representing|defends|represents)\b")]
    private static partial Regex Represents();

    [GeneratedRegex(@"^who(m)?('s| is| was| are)? (?<verb>speaks|spoke|speaking) for\b")]
    private static partial Regex SpeaksFor();

    [GeneratedRegex(@"^who(m)?('s| is| was| are)? (?:speaks|spoke|speaking) for .+? (?:on|about|over) the (?<topic>[a-z0-9'-]+( [a-z0-9'-]+){0,3})$")]
    private static partial Regex SpokeOn();

    [GeneratedRegex(@"^who(m)?('s| is| are)? (?<verb>in charge of|in command of|at the helm of|at the head of|commanding|commands|running|runs|heading|heads|leading|leads|chairing|chairs|directing|directs)\b( the (?<object>[a-z]+))?")]
    private static partial Regex Leads();
}
