using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>
/// The <see cref="EntityWords"/> of every entity, collected once: organisations, places and things by what they are
/// called and described as, people by what they are described as.
/// </summary>
public sealed class EntityWordIndex
{
    private readonly ILookup<string, EntityWords> _byHead;
    private readonly ILookup<string, IReadOnlyList<HashSet<string>>> _roleWordArticles;
    private readonly List<(HashSet<string> Words, HashSet<string> Definite)> _articleWords;

    /// <summary>Collects the words of every entity.</summary>
    public EntityWordIndex(IBriefingKnowledge knowledge)
    {
        var articles = new EntityArticles(knowledge);
        _articleWords = articles.All().ToList();
        var words = knowledge.Entities.Select(e => e.Kind == EntityKind.Person ? EntityWords.OfPerson(e, knowledge, articles) : EntityWords.Of(e, knowledge, articles)).ToList();
        _byHead = words.SelectMany(w => w.Heads.Select(head => (head, w))).ToLookup(p => p.head, p => p.w);
        NamePrefixes = words.SelectMany(w => w.NamePrefixes.Select(p => (w.EntityId, p))).ToList();
        _roleWordArticles = knowledge.Entities.Where(e => e.Kind == EntityKind.Person && e.Roles.Count > 0)
            .SelectMany(p => TermAnalyzer.Terms(string.Join(' ', p.Roles)).Distinct().Select(t => (Term: t, Articles: articles.WordsOf(p))))
            .ToLookup(p => p.Term, p => p.Articles);
    }

    /// <summary>
    /// True when a person's role in an article that does not mention <paramref name="entity"/> has the word ("Fleet
    /// Spokesman" elsewhere for "the fleet"): that article has a thing of its own by that word, so the word alone is not only this entity.
    /// </summary>
    public bool IsRoleWordElsewhere(string stem, EntityWords entity) =>
        _roleWordArticles[stem].Any(articles => !articles.Any(entity.ArticleWords.Contains));

    /// <summary>
    /// True when an article that does not mention <paramref name="entity"/> writes "the" and the word: "the suspect"
    /// asked alone may be that article's suspect, though only this entity is called so.
    /// </summary>
    public bool IsDefiniteElsewhere(string stem, EntityWords entity) =>
        _articleWords.Any(article => article.Definite.Contains(stem) && !entity.ArticleWords.Contains(article.Words));

    /// <summary>
    /// True when an article that does not mention <paramref name="entity"/> writes the word at all ("a chat channel"
    /// there) and the entity's own articles never write "the" and the word: the word alone may be that other article's
    /// thing, though only this entity is described so ("the committee" its own article keeps writing is still its own).
    /// </summary>
    public bool IsWrittenElsewhere(string stem, EntityWords entity) =>
        _articleWords.Any(article => article.Words.Contains(stem) && !entity.ArticleWords.Contains(article.Words))
        && !_articleWords.Any(article => article.Definite.Contains(stem) && entity.ArticleWords.Contains(article.Words));

    /// <summary>Every entity's name beginnings (see <see cref="EntityWords.NamePrefixes"/>).</summary>
    public IReadOnlyList<(int EntityId, (string Words, bool AllButLast) Prefix)> NamePrefixes { get; }

    /// <summary>The entities an analysed head noun can stand for.</summary>
    public IEnumerable<EntityWords> WithHead(string stem) => _byHead[stem];

    /// <summary>True when the analysed noun is the head of some entity's name or description.</summary>
    public bool IsHead(string stem) => _byHead.Contains(stem);
}
