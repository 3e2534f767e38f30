using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Extraction;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>The words before the kind noun a question asks for: word stems, and the places its nationalities name.</summary>
public sealed record KindNounModifiers(IReadOnlyList<string> Stems, IReadOnlyList<GazetteerPlace> Nationalities);

/// <summary>
/// "The name of the river boat", "which supply vessel": a word before the kind noun narrows the kind, so only a thing the
/// articles call by that word ("a river boat", "the River Boat Company") is the one asked — "the Greek tanker" beside "a
/// river boat" is not. A nationality ("which Greek port") says where the thing is, so the country itself is no answer.
/// People are left to <see cref="PersonNouns"/>.
/// </summary>
public sealed class ModifiedKindNoun
{
    private readonly Vocabulary _vocabulary;

    /// <summary>Creates the check.</summary>
    public ModifiedKindNoun(Vocabulary vocabulary) => _vocabulary = vocabulary;

    /// <summary>The modifiers the question puts before its kind noun.</summary>
    public KindNounModifiers Of(UnderstoodMessage message)
    {
        var words = AnswerKindClassifier.KindNounModifiers(message.Normalized).Where(w => !_vocabulary.IsQuestionWord(w)).ToList();
        var nationalities = words.Select(Gazetteer.Default.FindDemonym).OfType<GazetteerPlace>().ToList();
        return new KindNounModifiers(words.Where(w => Gazetteer.Default.FindDemonym(w) is null).Select(TermAnalyzer.Stem).ToList(), nationalities);
    }

    /// <summary>True when the entity is a person, or is called or described with every modifier (or a synonym of it) and is no country a nationality names.</summary>
    public bool Fits(Entity entity, KindNounModifiers modifiers)
    {
        if (entity.Kind == EntityKind.Person) return true;
        if (entity.Kind == EntityKind.Place && modifiers.Nationalities.Count > 0 && entity.Aliases.Append(entity.Name).Select(Gazetteer.Default.Find).Any(modifiers.Nationalities.Contains)) return false;
        if (modifiers.Stems.Count == 0) return true;
        var said = TermAnalyzer.Terms(string.Join(' ', entity.Roles.Concat(entity.Descriptions).Concat(entity.Aliases).Append(entity.Name))).ToHashSet();
        return modifiers.Stems.All(m => _vocabulary.Expand(m).Any(said.Contains));
    }
}
