using BriefingBot.Knowledge.Extraction;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// A named facility ("Old Mill Prison") is what a sentence of its own article means by the facility's head noun ("only
/// four guards watched the prison", "in a prison built for 300"), when the article names no other facility of that noun.
/// A named thing of another kind ("the Northway Tunnel") is meant the same way, but only by "the" and its noun ("the
/// tunnel reopened"). Worked out once for the loaded articles.
/// </summary>
public sealed class FacilityNouns
{
    private readonly Dictionary<int, (string Noun, string Word, bool IsFacility, HashSet<string> ArticleIds)> _byEntity;

    /// <summary>Finds the named facilities and things of the articles.</summary>
    public FacilityNouns(IBriefingKnowledge knowledge)
    {
        var named = knowledge.Entities
            .Where(e => e.Name.Split(' ') is { Length: > 1 } words && words[^1].All(char.IsLetter)
                && ((e.Kind == EntityKind.Place && Lexicon.FacilityWords.Contains(words[^1])) || e.Kind == EntityKind.Other))
            .Select(e => (e.Id, Word: e.Name.Split(' ')[^1].ToLowerInvariant(), IsFacility: e.Kind == EntityKind.Place, e.ArticleIds))
            .Select(f => (f.Id, Noun: TermAnalyzer.Stem(f.Word), f.Word, f.IsFacility, f.ArticleIds)).ToList();
        var shared = named.SelectMany(f => f.ArticleIds.Select(a => (f.Noun, a))).GroupBy(p => p).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        _byEntity = named.ToDictionary(f => f.Id, f => (f.Noun, f.Word, f.IsFacility, f.ArticleIds.Where(a => !shared.Contains((f.Noun, a))).ToHashSet()));
    }

    /// <summary>True when the sentence (with its analysed <paramref name="terms"/>) speaks of the facility or thing by its noun.</summary>
    public bool SpeaksOf(int entityId, Sentence sentence, HashSet<string> terms) =>
        _byEntity.TryGetValue(entityId, out var named) && named.ArticleIds.Contains(sentence.ArticleId) && terms.Contains(named.Noun)
        && (named.IsFacility || HasDefinite(sentence.Text, named.Word));

    /// <summary>"The tunnel" (or "the tunnel's") as words of the sentence.</summary>
    internal static bool HasDefinite(string text, string word)
    {
        var phrase = "the " + word;
        for (var at = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + phrase.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end]))) return true;
        }

        return false;
    }
}
