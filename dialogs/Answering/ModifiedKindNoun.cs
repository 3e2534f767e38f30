using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Extraction;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "The name of the cargo ship", "which patrol boat": a word before the kind noun narrows the kind, so only a thing the
/// articles call by that word ("a cargo ship", "the Cargo Line") is the one asked — "the Greek tanker" beside "a cargo
/// ship" is not. A nationality ("which Greek ship") says where the thing is from, not what it is called, and is left out.
/// People are left to <see cref="PersonNouns"/>.
/// </summary>
public sealed class ModifiedKindNoun
{
    private readonly Vocabulary _vocabulary;

    /// <summary>Creates the check.</summary>
    public ModifiedKindNoun(Vocabulary vocabulary) => _vocabulary = vocabulary;

    /// <summary>The stems of the modifiers the question puts before its kind noun (nationalities left out).</summary>
    public IReadOnlyList<string> Of(UnderstoodMessage message) =>
        AnswerKindClassifier.KindNounModifiers(message.Normalized)
            .Where(w => Gazetteer.Default.FindDemonym(w) is null && !_vocabulary.IsQuestionWord(w))
            .Select(TermAnalyzer.Stem).ToList();

    /// <summary>True when the entity is a person or is called or described with every modifier (or a synonym of it).</summary>
    public bool Fits(Entity entity, IReadOnlyList<string> modifiers)
    {
        if (modifiers.Count == 0 || entity.Kind == EntityKind.Person) return true;
        var said = TermAnalyzer.Terms(string.Join(' ', entity.Roles.Concat(entity.Descriptions).Concat(entity.Aliases).Append(entity.Name))).ToHashSet();
        return modifiers.All(m => _vocabulary.Expand(m).Any(said.Contains));
    }
}
