using System.Text.RegularExpressions;
using BriefingBot.Dialogs.State;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "The younger one" after an answer or a choice of people whose ages the articles state: the youngest (or, for "the
/// older one", the oldest) of them. Two people of the same age, or one whose age is not stated, leave it open.
/// </summary>
public sealed partial class ComparedAges
{
    private readonly AgeHolders _holders;

    /// <summary>Creates the reader.</summary>
    public ComparedAges(IBriefingKnowledge knowledge) => _holders = new AgeHolders(knowledge);

    /// <summary>
    /// "How old is the younger one?" after "Ann Roe and Bo Lind": the message with the compared person's name in place
    /// of "the younger one", or null when it says no such thing or the last answer named fewer than two people of known ages.
    /// </summary>
    public string? PutPerson(string normalized, ConversationMemory memory, Func<int, string> nameOf)
    {
        var said = Compared().Match(normalized);
        if (!said.Success || memory.AnsweredPersonIds.Count < 2) return null;
        var aged = memory.AnsweredPersonIds.Select(id => (Id: id, Age: StoredAge(id))).ToList();
        if (aged.Any(p => p.Age is null)) return null;
        return Extreme(aged.Select(p => (p.Id, p.Age!.Value)).ToList(), Younger(said)) is { } person
            ? normalized[..said.Index] + nameOf(person) + normalized[(said.Index + said.Length)..]
            : null;
    }

    /// <summary>"The younger one" typed after "41-year-old or 19-year-old?" (or after two people of stated ages): the choice it picks, or null.</summary>
    public PendingChoice? Pick(string normalized, IReadOnlyList<PendingChoice> choices)
    {
        var said = Choosing().Match(normalized);
        if (!said.Success || choices.Count < 2) return null;
        var aged = choices.Select(c => (Choice: c, Age: AgeValue(c.Answer) ?? (c.EntityId > 0 ? StoredAge(c.EntityId) : null))).ToList();
        if (aged.Any(p => p.Age is null)) return null;
        return Extreme(aged.Select((p, i) => (i, p.Age!.Value)).ToList(), Younger(said)) is { } index ? choices[index] : null;
    }

    private static bool Younger(Match said) => said.Groups["degree"].Value.StartsWith("young", StringComparison.Ordinal);

    /// <summary>The key of the one youngest (or oldest) entry; null when another shares its age.</summary>
    private static int? Extreme(IReadOnlyList<(int Key, int Age)> aged, bool younger)
    {
        var target = younger ? aged.Min(p => p.Age) : aged.Max(p => p.Age);
        var holders = aged.Where(p => p.Age == target).ToList();
        return holders.Count == 1 ? holders[0].Key : null;
    }

    /// <summary>The person's age as the store holds it (<see cref="AgeHolders"/>), in whole years.</summary>
    private int? StoredAge(int personId) => _holders.AgeOf(personId) is { } age ? (int)age.Age.Value : null;

    /// <summary>The years of an age as a choice writes it: "36", "a 36-year-old", "36 years old".</summary>
    private static int? AgeValue(string text) => Years().Match(text) is { Success: true } m && int.TryParse(m.Groups["n"].Value, out var n) ? n : null;

    [GeneratedRegex(@"^(?:an? |aged )?(?<n>\d{1,3})(?:-year-old| years? old)?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex Years();

    [GeneratedRegex(@"\bthe (?<degree>younger|older|elder|youngest|oldest|eldest)( (one|man|woman|suspect|person|brother|sister))?\b")]
    private static partial Regex Compared();

    [GeneratedRegex(@"^((i mean|what about|how about|and) )?the (?<degree>younger|older|elder|youngest|oldest|eldest)( (one|man|woman|suspect|person|brother|sister))?$")]
    private static partial Regex Choosing();
}
