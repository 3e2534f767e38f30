using BriefingBot.Knowledge.Extraction;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// A named facility ("Old Mill Prison") is what a sentence of its own article means by the facility's head noun ("only
/// four guards watched the prison", "in a prison built for 300"), when the article names no other facility of that noun.
/// Worked out once for the loaded articles.
/// </summary>
public sealed class FacilityNouns
{
    private readonly Dictionary<int, (string Noun, HashSet<string> ArticleIds)> _byEntity;

    /// <summary>Finds the named facilities of the articles.</summary>
    public FacilityNouns(IBriefingKnowledge knowledge)
    {
        var facilities = knowledge.Entities
            .Where(e => e.Kind == EntityKind.Place && e.Name.Split(' ') is { Length: > 1 } words && Lexicon.FacilityWords.Contains(words[^1]))
            .Select(e => (e.Id, Noun: TermAnalyzer.Stem(e.Name.Split(' ')[^1].ToLowerInvariant()), e.ArticleIds)).ToList();
        var shared = facilities.SelectMany(f => f.ArticleIds.Select(a => (f.Noun, a))).GroupBy(p => p).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        _byEntity = facilities.ToDictionary(f => f.Id, f => (f.Noun, f.ArticleIds.Where(a => !shared.Contains((f.Noun, a))).ToHashSet()));
    }

    /// <summary>True when the sentence (with its analysed <paramref name="terms"/>) speaks of the facility by its noun.</summary>
    public bool SpeaksOf(int entityId, Sentence sentence, HashSet<string> terms) =>
        _byEntity.TryGetValue(entityId, out var facility) && facility.ArticleIds.Contains(sentence.ArticleId) && terms.Contains(facility.Noun);
}
