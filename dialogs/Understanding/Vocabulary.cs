using System.Collections.Concurrent;
using System.Text.Json;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>
/// The general question vocabulary of <c>vocabulary.json</c>, analysed with the same stemmer as the articles:
/// synonym groups, words that only shape a question, and words that never need to be in the articles.
/// </summary>
public sealed class Vocabulary
{
    private readonly Dictionary<string, HashSet<string>> _synonyms = new();
    private readonly Dictionary<string, string> _meaning = new();
    private readonly HashSet<string> _questionWords = new();
    private readonly List<string> _questionWordsAsWritten = new();
    private readonly HashSet<string> _softWords = new();
    private readonly Dictionary<string, string> _spellings = new();
    private readonly Dictionary<string, string> _plainWords = new();
    private readonly HashSet<string> _personNouns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _rawSynonyms = new();
    private readonly Dictionary<string, HashSet<string>> _wide = new();
    private readonly ConcurrentDictionary<string, HashSet<string>> _wideOfBaseWord = new(StringComparer.Ordinal);
    private readonly WordNetSynonyms? _wordNet;

    /// <summary>Loads the embedded vocabulary, with WordNet's synonyms for the loaded articles' words.</summary>
    public Vocabulary(WordNetSynonyms wordNet) : this()
    {
        _wordNet = wordNet;
        foreach (var stem in wordNet.Keys) _wide[stem] = Expand(stem).Concat(wordNet.Of(stem)).ToHashSet();
    }

    /// <summary>Loads the embedded vocabulary alone.</summary>
    public Vocabulary()
    {
        using var stream = EmbeddedData.Open("vocabulary.json");
        using var json = JsonDocument.Parse(stream);
        foreach (var group in json.RootElement.GetProperty("synonyms").EnumerateArray())
        {
            var words = group.EnumerateArray().Select(w => w.GetString()!).ToList();
            var stems = words.Select(TermAnalyzer.Stem).ToList();
            foreach (var stem in stems)
            {
                if (!_rawSynonyms.TryGetValue(stem, out var raw)) _rawSynonyms[stem] = raw = new HashSet<string>();
                raw.UnionWith(words);
            }

            foreach (var stem in stems)
            {
                _meaning.TryAdd(stem, stems[0]);
                if (!_synonyms.TryGetValue(stem, out var set)) _synonyms[stem] = set = new HashSet<string>();
                set.UnionWith(stems);
            }
        }

        _questionWords.UnionWith(Words(json, "questionWords"));
        _questionWordsAsWritten.AddRange(json.RootElement.GetProperty("questionWords").EnumerateArray().Select(w => w.GetString()!).Distinct());
        _softWords.UnionWith(Words(json, "softWords"));
        foreach (var pair in json.RootElement.GetProperty("spellings").EnumerateObject()) _spellings[pair.Name] = pair.Value.GetString()!;
        foreach (var pair in json.RootElement.GetProperty("plainWords").EnumerateObject()) _plainWords[pair.Name] = pair.Value.GetString()!;
        foreach (var noun in json.RootElement.GetProperty("personNouns").EnumerateArray().Select(w => w.GetString()!))
        {
            _personNouns.Add(noun);
            _personNouns.Add(noun.EndsWith('y') ? noun[..^1] + "ies" : noun.EndsWith('s') ? noun + "es" : noun + "s");
            _personNouns.Add(noun.EndsWith("man") ? noun[..^3] + "men" : noun);
        }
    }

    /// <summary>The normalised message with common misspellings of question words put right ("wat" → "what").</summary>
    public string Respell(string normalized) =>
        string.Join(' ', normalized.Split(' ').Select(w => _spellings.GetValueOrDefault(w, w)));

    /// <summary>The ordinary word for an informal word or short form ("cops" → "police", "inst" → "institute"), or null.</summary>
    public string? PlainWord(string word) => _plainWords.GetValueOrDefault(word);

    /// <summary>True for words that shape a question rather than name its topic ("who", "did", "briefing").</summary>
    public bool IsQuestionWord(string word) => _questionWords.Contains(word.ToLowerInvariant()) || _questionWords.Contains(TermAnalyzer.Stem(word));

    /// <summary>The words that shape a question, as written ("exactly", "according").</summary>
    public IReadOnlyList<string> QuestionWords => _questionWordsAsWritten;

    /// <summary>True for stems that the articles need not contain for the question to be covered ("begin", "say").</summary>
    public bool IsSoft(string stem) => _softWords.Contains(stem);

    /// <summary>True for a word (singular or plural, as written) that names what a person is ("minister", "chairmen").</summary>
    public bool IsPersonNoun(string word) => _personNouns.Contains(word.ToLowerInvariant());

    /// <summary>The raw words of the synonym groups the word's stem belongs to ("chairman" → "chair", "head", …).</summary>
    public IEnumerable<string> Synonyms(string word) =>
        _rawSynonyms.TryGetValue(TermAnalyzer.Stem(word), out var words) ? words : Enumerable.Empty<string>();

    /// <summary>The stem with its synonyms' stems.</summary>
    public IReadOnlyCollection<string> Expand(string stem) => _synonyms.TryGetValue(stem, out var set) ? set : new[] { stem };

    /// <summary>
    /// The stem with its synonyms' stems, WordNet's too when <paramref name="withWordNet"/>: only a question that wants a
    /// typed answer (a date, a number, a name…) takes them, because the answer it cites must still be found beside them.
    /// </summary>
    public IReadOnlyCollection<string> Expand(string stem, bool withWordNet) =>
        withWordNet && _wide.TryGetValue(stem, out var set) ? set : Expand(stem);

    /// <summary>
    /// <see cref="Expand(string, bool)"/> for a question's verb: WordNet's synonyms of the stem's shortest word alone, not of
    /// a longer one sharing the stem ("defend", not "defendant": "suspect").
    /// </summary>
    public IReadOnlyCollection<string> ExpandVerb(string stem, bool withWordNet) =>
        withWordNet && _wordNet is { } wordNet && _wide.ContainsKey(stem)
            ? _wideOfBaseWord.GetOrAdd(stem, s => Expand(s).Concat(wordNet.OfBaseWord(s)).ToHashSet())
            : Expand(stem);

    /// <summary>The synonym group's name for a stem ("caution" → "warn"), or null when it is in no group.</summary>
    public string? Meaning(string stem) => _meaning.GetValueOrDefault(stem);

    private static IEnumerable<string> Words(JsonDocument json, string property) =>
        json.RootElement.GetProperty(property).EnumerateArray().SelectMany(w => new[] { w.GetString()!, TermAnalyzer.Stem(w.GetString()!) });
}
