using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>
/// Reads a word the articles never use as a misspelt entity name when it is one edit away from a name's word
/// ("Roo" for "Roe", "Smtih" for "Smith"). A word that is a prefix of the name, or the name of it, is a different word, not a typo
/// ("Paris" is a city, not a short "Parisi"), and so is a common English word ("handover" is no "Handovre") unless another
/// word of the name is typed beside it ("visa waver program").
/// </summary>
public sealed class TypoCorrector
{
    // Trimmed from every word of every question: one array, not one per call.
    private static readonly char[] Punctuation = ['?', '!', '.', ',', '"', '\''];

    private const int MinimumLength = 4;
    private readonly List<(string Word, Entity Entity)> _nameWords;
    private readonly EnglishWords _englishWords;

    /// <summary>Indexes the words of every entity name and alias.</summary>
    public TypoCorrector(IBriefingKnowledge knowledge, EnglishWords englishWords)
    {
        _englishWords = englishWords;
        _nameWords = knowledge.Entities
            .SelectMany(e => e.Aliases.Append(e.Name).SelectMany(n => n.Split(' ', '-', '\u2019', '\'')).Select(w => (Word: w.ToLowerInvariant(), Entity: e)))
            .Where(p => p.Word.Length >= MinimumLength && p.Word.All(char.IsLetter))
            .Distinct()
            .ToList();
    }

    /// <summary>For each uncovered term, the entity its word most likely misspells.</summary>
    public IEnumerable<(string Term, EntityMatch Entity)> Correct(IReadOnlyList<string> words, IReadOnlyCollection<string> uncovered, IReadOnlyList<EntityMatch> alreadyFound)
    {
        foreach (var word in words.Select(w => w.Trim(Punctuation).ToLowerInvariant()).Where(w => w.Length >= MinimumLength))
        {
            var term = TermAnalyzer.Stem(word);
            if (!uncovered.Contains(term)) continue;
            var candidates = _nameWords
                .Where(n => !n.Word.StartsWith(word, StringComparison.Ordinal) && !word.StartsWith(n.Word, StringComparison.Ordinal))
                .Where(n => EditDistance.AtMostOne(n.Word, word))
                .Select(n => n.Entity)
                .Where(e => alreadyFound.All(f => f.Entity.Id != e.Id))
                .Where(e => !_englishWords.MeansTheWord(word, e, words))
                .Distinct()
                .Select(e => (Entity: e, Overlap: Overlap(e, words)))
                .OrderByDescending(c => c.Overlap)
                .ToList();
            var clear = candidates.Count == 1 || (candidates.Count > 1 && candidates[0].Overlap > candidates[1].Overlap);
            if (clear) yield return (term, new EntityMatch(candidates[0].Entity, -1, 0, word, 0.8));
        }
    }

    /// <summary>Share of the entity's name words that the message has, nearly or exactly.</summary>
    private static double Overlap(Entity entity, IReadOnlyList<string> words)
    {
        var nameWords = entity.Name.ToLowerInvariant().Split(' ', '-').Where(w => w.Length > 0).ToList();
        var typed = words.Select(w => w.ToLowerInvariant()).ToList();
        return nameWords.Count(n => typed.Any(t => t == n || (n.Length >= MinimumLength && EditDistance.AtMostOne(n, t)))) / (double)nameWords.Count;
    }
}
