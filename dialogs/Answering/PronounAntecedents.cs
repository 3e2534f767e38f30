using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// Whether every "he", "him" or "his" of a question has a person of the same question to mean: "he" and "him" one
/// named before them by a singular noun ("how long was the mayor held after he was abducted", "when did police watch
/// the engineer before arresting him"), "his" one named anywhere but just after it ("what do his associates call the
/// boss"; "her skipper" is not "her") or the asked "who" ("who got burns on his hands"). A person noun is a role word,
/// or a noun the articles describe a person by ("a 41-year-old engineer"); "the analysts … he" names no one person.
/// </summary>
public sealed class PronounAntecedents
{
    private readonly PersonNouns _personNouns;
    private readonly Lazy<HashSet<string>> _describedBy;

    /// <summary>Creates the check.</summary>
    public PronounAntecedents(PersonNouns personNouns, IBriefingKnowledge knowledge)
    {
        _personNouns = personNouns;
        _describedBy = new(() => knowledge.Entities.Where(e => e.Kind == EntityKind.Person)
            .SelectMany(e => e.Descriptions.Select(DescribedPeople.Head)).OfType<string>().ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>True when the question says a person pronoun and each one has a person of the question to mean.</summary>
    public bool AllNamed(UnderstoodMessage message)
    {
        var words = message.Normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('?', '!', '.', ',', '\'', '"')).ToArray();
        var roles = _personNouns.In(message);
        var nouns = Enumerable.Range(0, words.Length).Where(i => IsSingularPerson(words[i], roles)).ToList();
        var pronouns = Enumerable.Range(0, words.Length).Where(i => words[i] is "he" or "she" or "him" or "his" or "her").ToList();
        return pronouns.Count > 0 && pronouns.All(p => words[p] is "his" or "her"
            ? nouns.Any(n => n != p + 1) || AsksWhoDid(words)
            : nouns.Any(n => n < p));
    }

    /// <summary>"Who got burns on his hands": the one asked about does something; "who was her skipper" asks someone else.</summary>
    private static bool AsksWhoDid(string[] words) => words.Length > 1 && words[0] == "who" && words[1] is not ("is" or "was" or "are" or "were");

    private bool IsSingularPerson(string word, IReadOnlyList<string> roles) =>
        (roles.Contains(word) && (!word.EndsWith('s') || word.EndsWith("ss", StringComparison.Ordinal))) || _describedBy.Value.Contains(word);
}
