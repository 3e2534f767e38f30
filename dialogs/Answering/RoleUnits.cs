using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// Roles held over a unit of an owner named in the possessive ("head of Tarnpol's firearms trafficking team", "chief of
/// the agency's cyber unit"): their holder heads the unit, not the owner. Such a role answers a role question only when
/// the question names the unit by a word of it ("who heads Tarnpol's firearms team", "who leads the trafficking team"),
/// never "who is the head of Tarnpol".
/// </summary>
public static class RoleUnits
{
    /// <summary>
    /// False when the person's roles that have a word of the question (all of them, if none has) are all held over units
    /// the question names by no word: it asks for the head of the owner. <paramref name="asked"/> holds the stems of the
    /// question's words, names included.
    /// </summary>
    public static bool Fit(Entity person, IReadOnlySet<string> asked)
    {
        var holding = person.Roles.Where(r => TermAnalyzer.Terms(r).Any(asked.Contains)).ToList();
        if (holding.Count == 0) holding = person.Roles.ToList();
        var units = holding.Select(Unit).ToList();
        return units.Count == 0 || units.Any(u => u is null) || units.Any(u => TermAnalyzer.Terms(u!).Any(asked.Contains));
    }

    /// <summary>True for a role held over a unit of a possessive owner ("head of Tarnpol's firearms trafficking team").</summary>
    public static bool IsOverUnit(string role) => Unit(role) is not null;

    /// <summary>"firearms trafficking team" of "head of Tarnpol's firearms trafficking team"; null for a role over no owner's unit.</summary>
    private static string? Unit(string role)
    {
        var words = role.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var of = Array.IndexOf(words, "of");
        var owner = of < 0 ? -1 : Array.FindIndex(words, of + 1, w => w.EndsWith("'s") || w.EndsWith("’s") || w.EndsWith("s'"));
        return owner < 0 || owner == words.Length - 1 ? null : string.Join(' ', words[(owner + 1)..]);
    }
}
