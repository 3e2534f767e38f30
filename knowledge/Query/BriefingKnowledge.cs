using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Store;

namespace BriefingBot.Knowledge.Query;

/// <summary>
/// The query API over an immutable in-memory snapshot of the store: dictionaries by id, by sentence and by entity,
/// BM25 over sentence terms and an entity finder, all built once so each query takes microseconds.
/// </summary>
public sealed class BriefingKnowledge : IBriefingKnowledge
{
    private readonly Dictionary<string, Article> _articles;
    private readonly Dictionary<int, Sentence> _sentences;
    private readonly Dictionary<string, IReadOnlyList<Sentence>> _sentencesByArticle;
    private readonly Dictionary<int, Entity> _entities;
    private readonly Dictionary<int, TimeExpression> _times;
    private readonly GroupedIndex<Mention> _mentionsBySentence, _mentionsByEntity;
    private readonly GroupedIndex<Statement> _statementsBySpeaker, _statementsBySentence;
    private readonly GroupedIndex<TimeExpression> _timesBySentence;
    private readonly GroupedIndex<Quantity> _quantitiesBySentence;
    private readonly GroupedIndex<Fact> _factsBySentence;
    private readonly Bm25Index _bm25;
    private readonly EntityFinder _finder;

    /// <summary>Builds the snapshot.</summary>
    public BriefingKnowledge(KnowledgeSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        Knowledge = set;
        Articles = set.Articles.OrderByDescending(a => a.Published).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();
        _articles = set.Articles.ToDictionary(a => a.Id);
        _sentences = set.Sentences.ToDictionary(s => s.Id);
        _sentencesByArticle = set.Sentences.GroupBy(s => s.ArticleId).ToDictionary(g => g.Key, g => (IReadOnlyList<Sentence>)g.OrderBy(s => s.Index).ToList());
        _entities = set.Entities.ToDictionary(e => e.Id);
        _times = set.Times.ToDictionary(t => t.Id);
        var ordered = set.Mentions.OrderBy(m => m.SentenceId).ThenBy(m => m.Start).ToList();
        _mentionsBySentence = new(ordered.Select(m => (m.SentenceId, m)));
        _mentionsByEntity = new(ordered.Select(m => (m.EntityId, m)));
        _statementsBySpeaker = new(set.Statements.Select(s => (s.SpeakerEntityId, s)));
        _statementsBySentence = new(set.Statements.SelectMany(s => s.SentenceIds.Select(id => (id, s))));
        _timesBySentence = new(set.Times.OrderBy(t => t.Start).Select(t => (t.SentenceId, t)));
        _quantitiesBySentence = new(set.Quantities.OrderBy(q => q.Start).Select(q => (q.SentenceId, q)));
        _factsBySentence = new(set.Facts.Select(f => (f.SentenceId, f)));
        _bm25 = new Bm25Index(set.Sentences);
        _finder = new EntityFinder(set.Entities, set.Sentences);
    }

    /// <summary>An empty knowledge (no articles).</summary>
    public static BriefingKnowledge Empty { get; } = new(KnowledgeSet.Empty);

    /// <summary>The underlying extracted set (facts, times and quantities as whole lists).</summary>
    public KnowledgeSet Knowledge { get; }

    /// <inheritdoc />
    public bool IsEmpty => Articles.Count == 0;
    /// <inheritdoc />
    public IReadOnlyList<Article> Articles { get; }
    /// <inheritdoc />
    public IReadOnlyList<Entity> Entities => Knowledge.Entities;
    /// <inheritdoc />
    public IReadOnlyList<Statement> Statements => Knowledge.Statements;

    /// <inheritdoc />
    public Article Article(string id) => _articles.TryGetValue(id, out var a) ? a : throw new KeyNotFoundException($"No article '{id}'.");
    /// <inheritdoc />
    public Sentence Sentence(int id) => _sentences.TryGetValue(id, out var s) ? s : throw new KeyNotFoundException($"No sentence {id}.");
    /// <inheritdoc />
    public IReadOnlyList<Sentence> SentencesOf(string articleId) => _sentencesByArticle.GetValueOrDefault(articleId) ?? Array.Empty<Sentence>();
    /// <inheritdoc />
    public Entity Entity(int id) => _entities.TryGetValue(id, out var e) ? e : throw new KeyNotFoundException($"No entity {id}.");
    /// <inheritdoc />
    public IReadOnlyList<EntityMatch> FindEntities(string text) => _finder.Find(text);
    /// <inheritdoc />
    public IReadOnlyList<Mention> MentionsIn(int sentenceId) => _mentionsBySentence[sentenceId];
    /// <inheritdoc />
    public IReadOnlyList<Mention> MentionsOf(int entityId) => _mentionsByEntity[entityId];
    /// <inheritdoc />
    public IReadOnlyList<Statement> StatementsBy(int entityId) => _statementsBySpeaker[entityId];
    /// <inheritdoc />
    public IReadOnlyList<Statement> StatementsIn(int sentenceId) => _statementsBySentence[sentenceId];
    /// <inheritdoc />
    public IReadOnlyList<TimeExpression> TimesIn(int sentenceId) => _timesBySentence[sentenceId];
    /// <inheritdoc />
    public TimeExpression Time(int id) => _times.TryGetValue(id, out var t) ? t : throw new KeyNotFoundException($"No time {id}.");
    /// <inheritdoc />
    public IReadOnlyList<Quantity> QuantitiesIn(int sentenceId) => _quantitiesBySentence[sentenceId];
    /// <inheritdoc />
    public IReadOnlyList<Fact> FactsIn(int sentenceId) => _factsBySentence[sentenceId];
    /// <inheritdoc />
    public IReadOnlyList<ScoredSentence> Search(IReadOnlyCollection<string> terms, int top) => _bm25.Search(terms, top);
    /// <inheritdoc />
    public int DocumentFrequency(string term) => _bm25.DocumentFrequency(term);
}
