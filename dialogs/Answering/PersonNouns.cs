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

    /// <summary>
    /// True when the entity may answer: the question names no person noun, or the entity's roles have them all. "Official"
    /// names no office of its own: anyone the articles give an office ("Harbour Director", "regional coordinator") is one.
    /// </summary>
    public bool Fits(Entity entity, UnderstoodMessage message)
    {
        var roles = string.Join(' ', entity.Roles.Concat(entity.Descriptions)).ToLowerInvariant()
            .Split(' ', '-', ',').Select(w => w.TrimEnd('s')).ToHashSet();
        var nouns = In(message).Where(n => !(IsAnyOffice(n) && entity.Roles.Count > 0 && NationalityFits(message, n, roles))).ToList();
        return nouns.All(n => roles.Contains(n.TrimEnd('s')) || _vocabulary.Synonyms(n).Any(roles.Contains));
    }

    private static bool IsAnyOffice(string noun) => noun is "official" or "officials";

    /// <summary>"Which Ruritanian official": a nationality before the noun must be the office's ("Ruritanian trade minister").</summary>
    private static bool NationalityFits(UnderstoodMessage message, string noun, IReadOnlySet<string> roles)
    {
        var words = message.Normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var at = Array.IndexOf(words, noun);
        return at < 1 || Knowledge.Extraction.Gazetteer.Default.FindDemonym(words[at - 1]) is null || roles.Contains(words[at - 1]);
    }
}
