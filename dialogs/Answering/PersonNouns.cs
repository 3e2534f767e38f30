using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// Nouns that name what a person is ("minister", "general", "spokesman"). When a question uses one, only a
/// person the articles give that role may answer it: "which minister…" is not answered with whoever stands
/// in the sentence, and an unnamed "Iraqi general" has no name to give.
/// </summary>
public sealed class PersonNouns
{
    private readonly Vocabulary _vocabulary;

    /// <summary>Creates the filter.</summary>
    public PersonNouns(Vocabulary vocabulary) => _vocabulary = vocabulary;

    /// <summary>The person nouns the question uses, as written (compared as words, not stems: "office" is no "officer").</summary>
    public IReadOnlyList<string> In(UnderstoodMessage message) =>
        message.Normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('?', '!', '.', ',', '\'', '"'))
            .Where(_vocabulary.IsPersonNoun).Distinct().ToList();

    /// <summary>True when the entity may answer: the question names no person noun, or the entity's roles have them all.</summary>
    public bool Fits(Entity entity, UnderstoodMessage message)
    {
        var nouns = In(message);
        if (nouns.Count == 0) return true;
        var roles = string.Join(' ', entity.Roles.Concat(entity.Descriptions)).ToLowerInvariant()
            .Split(' ', '-', ',').Select(w => w.TrimEnd('s')).ToHashSet();
        return nouns.All(n => roles.Contains(n.TrimEnd('s')) || _vocabulary.Synonyms(n).Any(roles.Contains));
    }
}
