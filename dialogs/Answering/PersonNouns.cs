using System.Text.RegularExpressions;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Extraction;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// Nouns that name what a person is ("minister", "general", "spokesman"). When a question uses one, only a
/// person the articles give that role may answer it: "which minister…" is not answered with whoever stands
/// in the sentence, and an unnamed "Iraqi general" has no name to give. A group named just before the noun ("which
/// Acme official") must be the person's.
/// </summary>
public sealed partial class PersonNouns
{
    // Trimmed from every word of every question: one array, not one per call.
    private static readonly char[] Punctuation = ['?', '!', '.', ',', '\'', '"'];

    private readonly Vocabulary _vocabulary;
    private readonly IBriefingKnowledge _knowledge;
    private readonly PlaceDemonyms _demonyms;
    private readonly ArticleStories _stories;

    /// <summary>Creates the filter.</summary>
    public PersonNouns(Vocabulary vocabulary, IBriefingKnowledge knowledge, PlaceDemonyms demonyms, ArticleStories stories)
    {
        _stories = stories;
        _demonyms = demonyms;
        _vocabulary = vocabulary;
        _knowledge = knowledge;
    }

    /// <summary>The person nouns the question uses, as written (compared as words, not stems: "office" is no "officer").</summary>
    public IReadOnlyList<string> In(UnderstoodMessage message) =>
        message.Normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(Punctuation))
            .Where(w => _vocabulary.IsPersonNoun(w) || IsLawyer(w)).Distinct().ToList();

    /// <summary>
    /// The stems of the words right before the question's person nouns ("interior" in "the interior minister"): they say
    /// which of the people of that noun is meant.
    /// </summary>
    public IReadOnlyList<string> Modifiers(UnderstoodMessage message)
    {
        var words = message.Normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(Punctuation)).ToList();
        var nouns = In(message);
        return words.Skip(1).Select((w, i) => (Word: w, Before: words[i])).Where(p => nouns.Contains(p.Word))
            .SelectMany(p => TermAnalyzer.Terms(p.Before)).ToList();
    }

    /// <summary>
    /// Person nouns used as verbs, right after "who" or another person noun ("who heads the team", "which official heads
    /// the team"): whoever does that need not have the title, though a group must (it is no answer to "who chairs …").
    /// </summary>
    private HashSet<string> UsedAsVerbs(UnderstoodMessage message)
    {
        var words = message.Normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(Punctuation)).ToList();
        bool IsNoun(string w) => _vocabulary.IsPersonNoun(w) || IsLawyer(w);
        return words.Where((w, i) => i > 0 && w.EndsWith('s') && IsNoun(w) && (words[i - 1] == "who" || IsNoun(words[i - 1]))).ToHashSet();
    }

    /// <summary>"Lawyer", "attorney"…: a noun for a person, though not one that stops "the welder's lawyer" from naming whom it describes.</summary>
    private static bool IsLawyer(string word) => word.Length > 0 && RoleVerbs.LawyerStems.Contains(TermAnalyzer.Stem(word.TrimEnd('s')));

    /// <summary>
    /// True when the entity may answer: the question names no person noun, or the entity's roles have them all. "Official"
    /// (or "officer", "member") names no office of its own: anyone the articles give an office ("Harbour Director", "regional coordinator") is one.
    /// </summary>
    public bool Fits(Entity entity, UnderstoodMessage message)
    {
        // A "Director-General" or "Secretary General" is a director or a secretary, and a "General Directorate" no one: not a general.
        var roles = TitleGeneral().Replace(string.Join(", ", entity.Roles.Concat(entity.Descriptions)).ToLowerInvariant(), " ")
            .Split(' ', '-', ',').Select(w => w.TrimEnd('s')).ToHashSet();
        var verbs = entity.Kind == EntityKind.Person ? UsedAsVerbs(message) : new HashSet<string>();
        var nouns = In(message).Where(n => !(IsAnyOffice(n) && entity.Roles.Count > 0 && NationalityFits(message, n, roles)) && !verbs.Contains(n)).ToList();
        return nouns.All(n => roles.Contains(n.TrimEnd('s')) || _vocabulary.Synonyms(n).Any(roles.Contains)) && GroupsFit(entity, message) && NationalitiesFit(entity, message);
    }

    /// <summary>
    /// "The Ruritanian general": a nationality before a person noun is met by a person whose title or description holds
    /// that country's demonym, never by one whose title holds only another's ("Tarnian Police Major General"), and
    /// otherwise only when the person's story speaks of that country at all.
    /// </summary>
    private bool NationalitiesFit(Entity person, UnderstoodMessage message)
    {
        var asked = NationalitiesBeforeNouns(message);
        if (asked.Count == 0) return true;
        var held = string.Join(' ', person.Roles.Concat(person.Descriptions)).Split(' ', '-', ',', '\'')
            .Select(w => Gazetteer.Default.FindDemonym(w)).OfType<GazetteerPlace>().ToList();
        if (held.Count > 0) return asked.Any(held.Contains);
        var first = _knowledge.MentionsOf(person.Id).Select(m => m.SentenceId).DefaultIfEmpty(-1).Min();
        if (first < 0) return true;
        var storyTerms = _stories.TermsOf(_knowledge.Sentence(first).ArticleId);
        return asked.Any(country => country.Demonyms.Any(d => storyTerms.Contains(TermAnalyzer.Stem(d.ToLowerInvariant())))
            || country.Aliases.Prepend(country.Name).Any(n => TermAnalyzer.Terms(n) is { Count: > 0 } terms && terms.All(storyTerms.Contains)));
    }

    /// <summary>The countries of the demonyms right before the question's person nouns ("chilean general": Chile).</summary>
    private List<GazetteerPlace> NationalitiesBeforeNouns(UnderstoodMessage message)
    {
        var words = message.Normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(Punctuation)).ToList();
        var nouns = In(message);
        return words.Skip(1).Select((w, i) => (Word: w, Before: words[i])).Where(p => nouns.Contains(p.Word))
            .Select(p => Gazetteer.Default.FindDemonym(p.Before)).OfType<GazetteerPlace>().ToList();
    }

    /// <summary>"Which Acme official" ("which Ruritanian official"): a group or place named just before a person noun is in the person's title or ties, or where the article first names them.</summary>
    private bool GroupsFit(Entity person, UnderstoodMessage message) =>
        message.Entities.Where(m => m.Entity.Kind is EntityKind.Organization or EntityKind.Place && m.Entity.Id != person.Id && IsPersonNoun(NextWord(message.Original, m.Start + m.Length)))
            .All(m => IsOf(person, m.Entity) && !OfOtherCountry(person, m.Entity));

    /// <summary>"Which Ruritania official": a person whose title holds another country's demonym ("Tarnian Vice President") is that country's.</summary>
    private bool OfOtherCountry(Entity person, Entity place) =>
        _demonyms.HasDemonyms(place.Id)
        && _demonyms.UsedIn(TermAnalyzer.Terms(string.Join(' ', person.Roles.Concat(person.Descriptions))).ToHashSet()).Any(id => id != place.Id);

    /// <summary>"What did the Acme director say": a group named just before a person noun speaks through a person of it the articles quote.</summary>
    public bool QuotesMemberOf(EntityMatch group, UnderstoodMessage message) =>
        group.Entity.Kind == EntityKind.Organization && IsPersonNoun(NextWord(message.Original, group.Start + group.Length))
        && _knowledge.Entities.Any(p => p.Kind == EntityKind.Person && _knowledge.StatementsBy(p.Id).Count > 0 && IsOf(p, group.Entity));

    private bool IsOf(Entity person, Entity group)
    {
        if (person.RelatedEntityIds.Contains(group.Id)) return true;
        var names = group.Aliases.Append(group.Name).Where(n => n.Length > 0).ToList();
        if (person.Roles.Concat(person.Descriptions).Any(r => names.Any(n => r.Contains(n, StringComparison.OrdinalIgnoreCase)))) return true;
        var first = _knowledge.MentionsOf(person.Id).Select(m => m.SentenceId).DefaultIfEmpty(-1).Min();
        return first >= 0 && _knowledge.MentionsIn(first).Any(m => m.EntityId == group.Id && !IsCompoundModifier(m.Surface, names));
    }

    /// <summary>
    /// "U.S.-backed troops", "Acme-led talks": a name joined by a hyphen to a lowercase word qualifies another noun,
    /// not the people of its sentence.
    /// </summary>
    private static bool IsCompoundModifier(string surface, IReadOnlyList<string> names) =>
        HyphenatedWord().Match(surface) is { Success: true } m && !names.Any(n => n.EndsWith(m.Value, StringComparison.Ordinal));

    private bool IsPersonNoun(string? word) => word is not null && _vocabulary.IsPersonNoun(word);

    private static string? NextWord(string text, int at) =>
        at >= text.Length ? null : text[at..].Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim('?', '!', '.', ',', '\'', '"').ToLowerInvariant();

    /// <summary>"Official", "officer", "member" name no office of their own: any office is one.</summary>
    private static bool IsAnyOffice(string noun) => noun is "official" or "officials" or "officer" or "officers" or "member" or "members";

    /// <summary>"Which Ruritanian official": a nationality before the noun must be the office's ("Ruritanian trade minister").</summary>
    private static bool NationalityFits(UnderstoodMessage message, string noun, IReadOnlySet<string> roles)
    {
        var words = message.Normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var at = Array.IndexOf(words, noun);
        return at < 1 || Gazetteer.Default.FindDemonym(words[at - 1]) is null || roles.Contains(words[at - 1]);
    }

    [GeneratedRegex(@"-[a-z]+$")]
    private static partial Regex HyphenatedWord();

    [GeneratedRegex(@"\b(?<=(director|secretary|attorney|solicitor|inspector|auditor|consul|postmaster)[ -])general\b|\bgeneral(?= (?!of\b)[a-z])")]
    private static partial Regex TitleGeneral();
}
