using System.Text.RegularExpressions;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// The nouns a sentence meets by naming a person its story describes by them: "the suspect" is met by "If convicted, he
/// faces twelve years" or "the welder sent a letter" when the store knows that person as "the suspect" and describes no
/// other person of the article so. A noun two people of the story share ("the first suspect", "the second suspect")
/// names neither. Indexed once (the knowledge never changes).
/// </summary>
public sealed partial class OwnPersonNouns
{
    private readonly Dictionary<int, HashSet<string>> _words = new();

    /// <summary>Indexes every sentence of the articles.</summary>
    public OwnPersonNouns(IBriefingKnowledge knowledge)
    {
        foreach (var article in knowledge.Articles)
        {
            var people = knowledge.Entities.Where(e => e.Kind == EntityKind.Person && e.ArticleIds.Contains(article.Id)).ToDictionary(e => e.Id, Nouns);
            var shared = people.Values.SelectMany(n => n).GroupBy(n => n).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
            foreach (var sentence in knowledge.SentencesOf(article.Id))
            {
                var words = knowledge.MentionsIn(sentence.Id).Select(m => m.EntityId).Distinct().Where(people.ContainsKey)
                    .SelectMany(id => people[id]).Where(n => !shared.Contains(n)).ToHashSet();
                if (words.Count > 0) _words[sentence.Id] = words;
            }
        }
    }

    /// <summary>The stems of the nouns the sentence's people alone are described by in its story; empty when none.</summary>
    public IReadOnlySet<string> Of(int sentenceId) => _words.TryGetValue(sentenceId, out var words) ? words : EmptyWords;

    private static readonly HashSet<string> EmptyWords = new();

    /// <summary>True when the question writes the noun only in the plural: "the two suspects" are not one person.</summary>
    public static bool AskedInPlural(string noun, string question)
    {
        var written = Word().Matches(question.ToLowerInvariant()).Select(m => m.Value).Where(w => TermAnalyzer.Stem(w) == noun).ToList();
        return written.Count > 0 && written.All(w => w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && TermAnalyzer.Stem(w[..^1]) == noun);
    }

    [GeneratedRegex("[a-z]+")]
    private static partial Regex Word();

    /// <summary>The stemmed head nouns of the person's descriptions ("the second suspect") and roles ("Chief Engineer").</summary>
    private static HashSet<string> Nouns(Entity person) =>
        person.Descriptions.Select(DescribedPeople.Head)
            .Concat(person.Roles.Select(r => Knowledge.Extraction.PersonNouns.NounPhrase(r).Split(' ').Last().ToLowerInvariant()))
            .OfType<string>().Where(w => w.Length > 0 && w.All(char.IsLetter)).Select(TermAnalyzer.Stem).ToHashSet();
}
