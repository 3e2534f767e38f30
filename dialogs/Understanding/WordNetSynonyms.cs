using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>
/// General English synonyms from WordNet (<c>WordNet/synonyms.tsv</c>, the most frequent senses of common words), and
/// the made things of each kind (<c>WordNet/kinds.tsv</c>: "gun" for "weapon", "pistol" for "gun"), analysed with the
/// articles' stemmer and kept only where they lead to a word the loaded articles use: a question's "custody" finds the
/// article's "detention", its "arms raids" the article's "firearms". Small once loaded, because the articles' vocabulary is small.
/// </summary>
public sealed class WordNetSynonyms
{
    private readonly Dictionary<string, HashSet<string>> _byStem = new(StringComparer.Ordinal);
    private readonly HashSet<string> _headwords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Headword, HashSet<string> Synonyms)> _baseByStem = new(StringComparer.Ordinal);
    private static readonly HashSet<string> NoSynonyms = new(StringComparer.Ordinal);

    /// <summary>Loads the synonyms that reach the vocabulary of <paramref name="knowledge"/>.</summary>
    public WordNetSynonyms(IBriefingKnowledge knowledge)
    {
        Load("synonyms.tsv", knowledge, _headwords, keepsBaseWords: true);
        Load("kinds.tsv", knowledge, new HashSet<string>(), keepsBaseWords: false);
    }

    private void Load(string file, IBriefingKnowledge knowledge, HashSet<string> headwords, bool keepsBaseWords)
    {
        using var reader = new StreamReader(EmbeddedData.Open(file));
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t');
            if (line.StartsWith('#') || tab < 0) continue;
            headwords.Add(line[..tab]);
            var used = line[(tab + 1)..].Split(' ').Select(TermAnalyzer.Stem).Where(s => knowledge.DocumentFrequency(s) > 0).ToList();
            var stem = TermAnalyzer.Stem(line[..tab]);
            if (keepsBaseWords && !(_baseByStem.TryGetValue(stem, out var known) && known.Headword.Length <= tab))
                _baseByStem[stem] = (line[..tab], used.Any(s => s != stem) ? used.Where(s => s != stem).ToHashSet(StringComparer.Ordinal) : NoSynonyms);
            if (used.Count == 0) continue;
            if (!_byStem.TryGetValue(stem, out var set)) _byStem[stem] = set = new HashSet<string>(StringComparer.Ordinal);
            set.UnionWith(used.Where(s => s != stem));
        }
    }

    /// <summary>Stems of the articles' words that mean what <paramref name="stem"/> means (empty when none).</summary>
    public IReadOnlyCollection<string> Of(string stem) => _byStem.TryGetValue(stem, out var set) ? set : Array.Empty<string>();

    /// <summary>
    /// The synonyms of the shortest common word of that stem alone: "defend" means "support", while "defendant", of the
    /// same stem, means "suspect".
    /// </summary>
    public IReadOnlyCollection<string> OfBaseWord(string stem) => _baseByStem.TryGetValue(stem, out var entry) ? entry.Synonyms : Array.Empty<string>();

    /// <summary>True when <paramref name="word"/> (lowercase) is a headword of the list: a common English word.</summary>
    public bool IsCommonWord(string word) => _headwords.Contains(word);

    /// <summary>The headwords of the list: common English words.</summary>
    public IEnumerable<string> CommonWords => _headwords;

    /// <summary>The stems that have a synonym in the articles.</summary>
    public IEnumerable<string> Keys => _byStem.Keys;
}
