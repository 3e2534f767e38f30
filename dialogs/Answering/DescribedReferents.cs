using System.Collections.Concurrent;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// A person a follow-up refers to ("where was he arrested?") is often named in the answering sentence only by the
/// description the article gives them: the lede's "police detained a 30-year-old teacher at the border …" for Ann Roe,
/// whom the store knows as "a 30-year-old teacher". Such a sentence names the person when it is in their article, names
/// no other person, and says after "a" or "an" the head noun of one of their descriptions that no other person of the
/// article is described by.
/// </summary>
public sealed class DescribedReferents
{
    private readonly IBriefingKnowledge _knowledge;
    private readonly ConcurrentDictionary<(int, string), HashSet<string>> _heads = new();

    /// <summary>Creates the finder.</summary>
    public DescribedReferents(IBriefingKnowledge knowledge) => _knowledge = knowledge;

    /// <summary>True when the sentence describes the person without naming anyone else.</summary>
    public bool Describes(int personId, Sentence sentence, HashSet<int> present)
    {
        var person = _knowledge.Entity(personId);
        if (person.Kind != EntityKind.Person || !person.ArticleIds.Contains(sentence.ArticleId)) return false;
        if (present.Any(id => id != personId && _knowledge.Entity(id).Kind == EntityKind.Person)) return false;
        var heads = _heads.GetOrAdd((personId, sentence.ArticleId), key => OwnHeads(key.Item1, key.Item2));
        return heads.Count > 0 && DescribedPeople.IndefiniteNouns(sentence.Text).Overlaps(heads);
    }

    /// <summary>The heads of the person's descriptions that no other person of the article shares.</summary>
    private HashSet<string> OwnHeads(int personId, string articleId)
    {
        var others = _knowledge.Entities.Where(e => e.Id != personId && e.Kind == EntityKind.Person && e.ArticleIds.Contains(articleId))
            .SelectMany(e => e.Descriptions.Select(DescribedPeople.Head)).OfType<string>().ToHashSet();
        return _knowledge.Entity(personId).Descriptions.Select(DescribedPeople.Head).OfType<string>().Where(h => !others.Contains(h)).ToHashSet();
    }
}
