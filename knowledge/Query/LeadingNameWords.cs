using System.Text.RegularExpressions;
using BriefingBot.Knowledge.Extraction;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Knowledge.Query;

/// <summary>
/// "Osprey" for "Osprey Marine Systems": people shorten an organisation to the first word of its name. That word names
/// it when it starts exactly one organisation name of two or more words, no other name uses it, the articles never
/// write it in lowercase (so it is a name, not a common word), and it is no place, title or organisation word. Followed by
/// another word than its name's second, with which it begins a person's title ("Harbour Minister" beside "Harbour
/// Ministry"), it is that title's word: "the harbour minister" asks for the minister, not the ministry.
/// </summary>
public sealed partial class LeadingNameWords
{
    private readonly Dictionary<string, Entity> _byWord = new(StringComparer.Ordinal);
    private readonly HashSet<(string Word, string Next)> _titleWords = new();

    /// <summary>Indexes the first words of organisation names against the words the sentences use in lowercase.</summary>
    public LeadingNameWords(IReadOnlyList<Entity> entities, IEnumerable<Sentence> sentences)
    {
        var lowercase = sentences.SelectMany(s => LowercaseWord().Matches(s.Text).Select(m => m.Value)).ToHashSet(StringComparer.Ordinal);
        LowercaseWords = lowercase;
        var nameWords = entities.SelectMany(e => e.Aliases.Prepend(e.Name).SelectMany(n => n.Split(' ')).Select(w => w.ToLowerInvariant()).Distinct())
            .GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
        foreach (var entity in entities.Where(e => e.Kind == EntityKind.Organization))
        {
            var words = entity.Name.Split(' ');
            if (words.Length < 2 || words[0].Length < 4 || !words[0].All(char.IsLetter) || words[0].All(char.IsUpper)) continue;
            var word = words[0].ToLowerInvariant();
            if (nameWords[word] > 1 || lowercase.Contains(word) || IsGeneral(word)) continue;
            _byWord[word] = entity;
        }

        foreach (var role in entities.Where(e => e.Kind == EntityKind.Person).SelectMany(e => e.Roles))
        {
            var words = role.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i + 1 < words.Length; i++) _titleWords.Add((words[i], words[i + 1]));
        }
    }

    /// <summary>The words the sentences write in lowercase: ordinary words, not names.</summary>
    public IReadOnlySet<string> LowercaseWords { get; }

    /// <summary>The organisation a lowercase word names this way, or null.</summary>
    public Entity? Find(string word) => _byWord.GetValueOrDefault(word);

    /// <summary>The organisation a lowercase word names this way before the word <paramref name="next"/> (lowercase, or null), or null.</summary>
    public Entity? Find(string word, string? next) =>
        Find(word) is { } entity && (next is null || !_titleWords.Contains((word, next)) || SecondWord(entity) == next) ? entity : null;

    private static string? SecondWord(Entity entity) => entity.Name.Split(' ') is { Length: > 1 } words ? words[1].ToLowerInvariant() : null;

    private static bool IsGeneral(string word) =>
        StopWords.Contains(word) || Lexicon.OrganizationWords.Contains(word) || Lexicon.PlaceWords.Contains(word) || Lexicon.IsTitleWord(word)
        || Gazetteer.Default.Find(word) is not null || Gazetteer.Default.FindDemonym(word) is not null;

    [GeneratedRegex(@"(?<![\p{L}'-])\p{Ll}+(?![\p{L}-])")]
    private static partial Regex LowercaseWord();
}
