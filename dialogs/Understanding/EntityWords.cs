using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>
/// What an entity is called and described as, analysed: the head nouns that can stand for it ("operator" from "the
/// port's operator", "committee" from "Joint Committee on …", "network" from a "the network" the articles resolve
/// to it), every word said of it, and the leading words of its longer names.
/// </summary>
public sealed class EntityWords
{
    private static readonly HashSet<string> PhraseEnds = new(StringComparer.Ordinal)
    {
        "by", "of", "for", "that", "which", "who", "to", "in", "on", "at", "with", "from", "and", "calling", "named", "called", "based",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "the", "a", "an", "its", "their", "his", "her", "this", "that" };

    private EntityWords(int entityId) => EntityId = entityId;

    /// <summary>The entity described.</summary>
    public int EntityId { get; }

    /// <summary>True for a person, described by what they are rather than what they are called.</summary>
    public bool IsPerson { get; private set; }

    /// <summary>Analysed head nouns that can stand for the entity.</summary>
    public HashSet<string> Heads { get; } = new(StringComparer.Ordinal);

    /// <summary>The head nouns as written, lower case ("arm" of "the enforcement arm").</summary>
    public HashSet<string> HeadForms { get; } = new(StringComparer.Ordinal);

    /// <summary>Every analysed word of its names, descriptions and the phrases that refer to it.</summary>
    public HashSet<string> Words { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Lower-case leading words (two or more, at least half) of names of three words or more; all but the last may be
    /// followed by another word for the last ("harbour line company").
    /// </summary>
    public List<(string Words, bool AllButLast)> NamePrefixes { get; } = new();

    /// <summary>Collects the words of one entity.</summary>
    public static EntityWords Of(Entity entity, IBriefingKnowledge knowledge, EntityArticles articles)
    {
        var words = new EntityWords(entity.Id);
        var references = DefiniteReferences(entity, knowledge);
        words.ReferredAs.UnionWith(ReferenceHeads(references));
        foreach (var phrase in entity.Descriptions.Concat(entity.Roles).Concat(references)) words.Add(phrase, Head(phrase));
        // A capital-letter abbreviation ("TIP") is matched as a name, never as the noun of "the tip".
        foreach (var name in entity.Aliases.Append(entity.Name)) words.Add(name, name.Length > 1 && name.All(char.IsUpper) ? null : NameHead(name));
        foreach (var name in entity.Aliases.Append(entity.Name).Select(n => n.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(n => n.Length >= 3))
        {
            for (var count = Math.Max(2, (name.Length + 1) / 2); count < name.Length; count++) words.NamePrefixes.Add((string.Join(' ', name[..count]), count == name.Length - 1));
        }

        words.ArticleWords = articles.WordsOf(entity);
        return words;
    }

    /// <summary>
    /// Collects what a person is described as: the heads of their descriptions only ("welder" from "a 51-year-old bridge
    /// welder"; roles are answered by role), with the words of the sentence that introduces them as modifiers ("the
    /// Danish welder").
    /// </summary>
    public static EntityWords OfPerson(Entity person, IBriefingKnowledge knowledge, EntityArticles articles)
    {
        var words = new EntityWords(person.Id) { IsPerson = true };
        foreach (var phrase in person.Descriptions) words.Add(phrase, Head(phrase));
        words.ReferredAs.UnionWith(ReferenceHeads(DefiniteReferences(person, knowledge)));
        if (knowledge.MentionsOf(person.Id).FirstOrDefault() is { } first) words.Words.UnionWith(TermAnalyzer.Terms(knowledge.Sentence(first.SentenceId).Text));
        words.ArticleWords = articles.WordsOf(person);
        return words;
    }

    /// <summary>Analysed head nouns of the "the …" phrases its articles refer to it by ("welder" from "the welder said").</summary>
    public HashSet<string> ReferredAs { get; } = new(StringComparer.Ordinal);

    /// <summary>The analysed words of each article that mentions the entity (shared sets, one per article).</summary>
    public IReadOnlyList<HashSet<string>> ArticleWords { get; private set; } = Array.Empty<HashSet<string>>();

    /// <summary>
    /// True when "the [modifiers] noun" can mean this entity: each modifier is said of it, or is a participle its
    /// article uses ("the released clerk" for a clerk whose article tells of a release).
    /// </summary>
    public bool Fits(string noun, IReadOnlyList<string> modifiers, Vocabulary vocabulary) =>
        Heads.Contains(noun) && modifiers.All(m => vocabulary.Expand(TermAnalyzer.Stem(m)).Any(Words.Contains)
            || (m.Length > 4 && m.EndsWith("ed", StringComparison.Ordinal) && ArticleWords.Any(article => article.Contains(TermAnalyzer.Stem(m)))));

    /// <summary>
    /// True when the noun is a head as written, or its singular: "the cell" is no town "Cellby", "the poisoning" no
    /// "National Poisons … Centre", "the medication" no "Alvero Medical", though each shares the head's stem.
    /// </summary>
    public bool IsWrittenAs(string noun) =>
        HeadForms.Contains(noun) || HeadForms.Contains(noun + "s") || HeadForms.Contains(noun + "es");

    /// <summary>"The arms raids" is no "enforcement arm": a plural the entity is never called by is several things, not it.</summary>
    public bool IsPluralOfHead(string noun) =>
        noun.EndsWith('s') && !noun.EndsWith("ss", StringComparison.Ordinal) && !HeadForms.Contains(noun) && HeadForms.Contains(noun[..^1]);

    private static List<string> DefiniteReferences(Entity entity, IBriefingKnowledge knowledge) =>
        knowledge.MentionsOf(entity.Id).Where(m => m.IsResolvedReference && m.Surface.StartsWith("the ", StringComparison.OrdinalIgnoreCase)).Select(m => m.Surface).ToList();

    /// <summary>"welder" from "the welder" and "the welder's".</summary>
    private static IEnumerable<string> ReferenceHeads(IEnumerable<string> references) =>
        references.Select(r => Head(r.EndsWith("'s", StringComparison.Ordinal) ? r[..^2] : r)).OfType<string>().Select(TermAnalyzer.Stem);

    private void Add(string phrase, string? head)
    {
        Words.UnionWith(TermAnalyzer.Terms(phrase));
        if (head is null) return;
        Heads.Add(TermAnalyzer.Stem(head));
        HeadForms.Add(head);
    }

    /// <summary>The last word of a phrase's first noun group: "a cybersecurity firm hired by …" → "firm".</summary>
    /// <summary>"Customs and Excise Agency" is an agency: a name ending in an organisation word is headed by it, whatever "and" comes before.</summary>
    private static string? NameHead(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } words && Knowledge.Extraction.Lexicon.OrganizationWords.Contains(words[^1].ToLowerInvariant())
            ? words[^1].ToLowerInvariant() : Head(name);

    private static string? Head(string phrase)
    {
        var kept = new List<string>();
        foreach (var word in phrase.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (kept.Count > 0 && (PhraseEnds.Contains(word) || word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal))) break;
            if (!Determiners.Contains(word)) kept.Add(word.Trim(',', '.', '"'));
        }

        // "Stolen and Lost Travel Documents" has no head "stolen": a past form is what was done, never what a name is.
        return kept.Count == 0 || kept[^1].EndsWith("'s", StringComparison.Ordinal) || Knowledge.Extraction.VerbLemmatizer.IsPastForm(kept[^1]) ? null : kept[^1];
    }
}
