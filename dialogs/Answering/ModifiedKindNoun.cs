using System.Collections.Concurrent;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Extraction;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// The words before the kind noun a question asks for (word stems, and the places its nationalities name), and the noun of
/// "the names of the five guards" (its stem, or null).
/// </summary>
public sealed record KindNounModifiers(IReadOnlyList<string> Stems, IReadOnlyList<GazetteerPlace> Nationalities, string? NamedStem);

/// <summary>
/// "The name of the river boat", "which supply vessel": a word before the kind noun narrows the kind, so only a thing the
/// articles call by that word ("a river boat", "the River Boat Company") is the one asked — "the Greek tanker" beside "a
/// river boat" is not. A nationality ("which Greek port") says where the thing is, so the country itself is no answer, and
/// an organisation is the one asked only when the articles call it by that country ("which Ruritanian agency" is no
/// "Directorate" the articles never call Ruritanian).
/// People are left to <see cref="PersonNouns"/>, except that "the names of the N guards" are of entities called guards.
/// </summary>
public sealed class ModifiedKindNoun
{
    private readonly Vocabulary _vocabulary;
    private readonly ConcurrentDictionary<int, HashSet<string>> _called = new();

    /// <summary>Creates the check.</summary>
    public ModifiedKindNoun(Vocabulary vocabulary) => _vocabulary = vocabulary;

    /// <summary>The modifiers the question puts before its kind noun.</summary>
    public KindNounModifiers Of(UnderstoodMessage message)
    {
        var words = AnswerKindClassifier.KindNounModifiers(message.Normalized).Where(w => !_vocabulary.IsQuestionWord(w)).ToList();
        var nationalities = words.Select(Gazetteer.Default.FindDemonym).OfType<GazetteerPlace>().ToList();
        return new KindNounModifiers(words.Where(w => Gazetteer.Default.FindDemonym(w) is null).Select(TermAnalyzer.Stem).ToList(), nationalities, NamedNounStem(message));
    }

    /// <summary>True when the entity is a person, or is called or described with every modifier (or a synonym of it) and is no country a nationality names.</summary>
    public bool Fits(Entity entity, KindNounModifiers modifiers)
    {
        if (modifiers.NamedStem is { } named && !CalledBy(entity).Contains(named)) return false;
        if (entity.Kind == EntityKind.Person) return true;
        if (entity.Kind == EntityKind.Place && modifiers.Nationalities.Count > 0 && entity.Aliases.Append(entity.Name).Select(Gazetteer.Default.Find).Any(modifiers.Nationalities.Contains)) return false;
        if (entity.Kind == EntityKind.Organization && !modifiers.Nationalities.All(n => OfCountry(entity, n))) return false;
        return modifiers.Stems.Count == 0 || modifiers.Stems.All(m => _vocabulary.Expand(m).Any(CalledBy(entity).Contains));
    }

    /// <summary>True when the articles call the organisation by the country's name or demonym ("a Ruritanian agency").</summary>
    private bool OfCountry(Entity entity, GazetteerPlace country) =>
        country.Aliases.Append(country.Name).Concat(country.Demonyms).SelectMany(TermAnalyzer.Terms).Any(CalledBy(entity).Contains);

    /// <summary>
    /// "The names of the five guards" are names of entities the articles call guards: the stem of that noun, or null when
    /// the question asks no names or its noun names a kind ("firms"), which the kind check already covers.
    /// </summary>
    private static string? NamedNounStem(UnderstoodMessage message) =>
        AnswerKindClassifier.NamedNoun(message.Normalized) is { } noun && !HeadNouns.NamesKind(noun) && !HeadNouns.NamesKind(noun.TrimEnd('s'))
            ? TermAnalyzer.Stem(noun) : null;

    /// <summary>True when the articles call the entity by the stem ("skipper"): in its name, aliases, roles or descriptions.</summary>
    public bool IsCalled(Entity entity, string stem) => CalledBy(entity).Contains(stem);

    // The terms of everything the articles call the entity (its name, aliases, roles, descriptions up to their first
    // preposition: "a driver at the depot" is no depot), read once per entity.
    private HashSet<string> CalledBy(Entity entity) => _called.GetOrAdd(entity.Id,
        _ => TermAnalyzer.Terms(string.Join(' ', entity.Roles.Concat(entity.Descriptions.Select(Knowledge.Extraction.PersonNouns.NounPhrase)).Concat(entity.Aliases).Append(entity.Name))).ToHashSet());
}
