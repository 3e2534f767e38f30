using BriefingBot.Knowledge.Model;
using LiteDB;

namespace BriefingBot.Knowledge.Store;

/// <summary>
/// Writes a <see cref="KnowledgeSet"/> into LiteDB collections (with the indexes the queries use) and reads it back.
/// Works on any <see cref="LiteDatabase"/>: a file or a <see cref="MemoryStream"/>.
/// </summary>
public static class BriefingStore
{
    /// <summary>Bump when the extraction or the documents change, so old stores are rebuilt.</summary>
    public const int SchemaVersion = 38;

    /// <summary>Collection names.</summary>
    public const string Articles = "articles", Sentences = "sentences", Entities = "entities", Mentions = "mentions",
        Statements = "statements", Times = "times", Quantities = "quantities", Facts = "facts", Meta = "meta";

    /// <summary>Writes every collection and the meta document.</summary>
    public static void Write(LiteDatabase db, KnowledgeSet set)
    {
        ArgumentNullException.ThrowIfNull(db);
        StoreMapping.Ensure();
        Insert(db, Articles, set.Articles, c => c.EnsureIndex("published", "$.Published"));
        Insert(db, Sentences, set.Sentences, c => c.EnsureIndex("article", "$.ArticleId"));
        Insert(db, Entities, set.Entities, c => { c.EnsureIndex("name", "$.Name"); c.EnsureIndex("aliases", "$.Aliases[*]"); });
        Insert(db, Mentions, set.Mentions, c => { c.EnsureIndex("sentence", "$.SentenceId"); c.EnsureIndex("entity", "$.EntityId"); });
        Insert(db, Statements, set.Statements, c => { c.EnsureIndex("speaker", "$.SpeakerEntityId"); c.EnsureIndex("sentences", "$.SentenceIds[*]"); });
        Insert(db, Times, set.Times, c => c.EnsureIndex("sentence", "$.SentenceId"));
        Insert(db, Quantities, set.Quantities, c => c.EnsureIndex("sentence", "$.SentenceId"));
        Insert(db, Facts, set.Facts, c => { c.EnsureIndex("sentence", "$.SentenceId"); c.EnsureIndex("subject", "$.SubjectEntityId"); });
        db.GetCollection<StoreMeta>(Meta).Upsert(new StoreMeta
        {
            SchemaVersion = SchemaVersion,
            ArticleHashes = set.Articles.ToDictionary(a => a.Id, a => a.ContentHash),
            BuiltUtc = DateTime.UtcNow,
        });
    }

    /// <summary>The meta document, or null when the database has none.</summary>
    public static StoreMeta? ReadMeta(LiteDatabase db)
    {
        StoreMapping.Ensure();
        return db.GetCollection<StoreMeta>(Meta).FindById("meta");
    }

    /// <summary>Reads every collection back.</summary>
    public static KnowledgeSet Read(LiteDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        StoreMapping.Ensure();
        return new KnowledgeSet(
            All<Article>(db, Articles), All<Sentence>(db, Sentences), All<Entity>(db, Entities), All<Mention>(db, Mentions),
            All<Statement>(db, Statements), All<TimeExpression>(db, Times), All<Quantity>(db, Quantities), All<Fact>(db, Facts));
    }

    private static void Insert<T>(LiteDatabase db, string name, IReadOnlyList<T> items, Action<ILiteCollection<T>> index)
    {
        var collection = db.GetCollection<T>(name);
        collection.DeleteAll();
        if (items.Count > 0) collection.InsertBulk(items);
        index(collection);
    }

    private static List<T> All<T>(LiteDatabase db, string name) => db.GetCollection<T>(name).FindAll().ToList();
}
