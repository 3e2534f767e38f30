using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>
/// The <see cref="EntityWords"/> of every entity, collected once: organisations, places and things by what they are
/// called and described as, people by what they are described as.
/// </summary>
public sealed class EntityWordIndex
{
    private readonly ILookup<string, EntityWords> _byHead;

    /// <summary>Collects the words of every entity.</summary>
    public EntityWordIndex(IBriefingKnowledge knowledge)
    {
        var articles = new EntityArticles(knowledge);
        var words = knowledge.Entities.Select(e => e.Kind == EntityKind.Person ? EntityWords.OfPerson(e, knowledge, articles) : EntityWords.Of(e, knowledge, articles)).ToList();
        _byHead = words.SelectMany(w => w.Heads.Select(head => (head, w))).ToLookup(p => p.head, p => p.w);
        NamePrefixes = words.SelectMany(w => w.NamePrefixes.Select(p => (w.EntityId, p))).ToList();
    }

    /// <summary>Every entity's name beginnings (see <see cref="EntityWords.NamePrefixes"/>).</summary>
    public IReadOnlyList<(int EntityId, (string Words, bool AllButLast) Prefix)> NamePrefixes { get; }

    /// <summary>The entities an analysed head noun can stand for.</summary>
    public IEnumerable<EntityWords> WithHead(string stem) => _byHead[stem];

    /// <summary>True when the analysed noun is the head of some entity's name or description.</summary>
    public bool IsHead(string stem) => _byHead.Contains(stem);
}
