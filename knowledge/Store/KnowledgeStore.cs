using BriefingBot.Knowledge.Extraction;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Reading;
using LiteDB;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Knowledge.Store;

/// <summary>What <see cref="KnowledgeStore.Ensure"/> did: the knowledge, whether it rebuilt, and the skipped articles.</summary>
public sealed record StoreOutcome(KnowledgeSet Knowledge, bool Rebuilt, IReadOnlyList<string> Skipped);

/// <summary>
/// Keeps the store file in step with the articles folder: loads it when its schema version and article hashes match,
/// otherwise (missing, changed, corrupt) builds into a temporary file and swaps it in with one rename, so a crash
/// never leaves a half store and readers in other processes keep a whole file.
/// </summary>
public sealed class KnowledgeStore
{
    private readonly ILogger _logger;

    /// <summary>Creates the store manager.</summary>
    public KnowledgeStore(ILogger logger) => _logger = logger;

    /// <summary>Loads or (re)builds the store for the articles folder.</summary>
    public StoreOutcome Ensure(string articlesPath, string storePath, bool force = false)
    {
        var read = ArticleReader.ReadFolder(articlesPath);
        foreach (var skipped in read.Skipped) _logger.LogWarning("Article skipped: {Reason}", skipped);
        if (read.Articles.Count == 0)
        {
            _logger.LogWarning("No articles in {Path}: the bot starts with an empty briefing.", Path.GetFullPath(articlesPath));
            return new StoreOutcome(KnowledgeSet.Empty, false, read.Skipped);
        }

        if (!force && TryLoad(storePath, read.Articles) is { } loaded) return new StoreOutcome(loaded, false, read.Skipped);
        var built = KnowledgeBuilder.Build(read.Articles);
        try
        {
            WriteAtomically(storePath, built);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or LiteException)
        {
            _logger.LogError("Knowledge store {Path} could not be written ({Error}); answering from memory.", storePath, e.Message);
            return new StoreOutcome(built, true, read.Skipped);
        }

        _logger.LogInformation("Knowledge store built: {Articles} articles, {Sentences} sentences, {Entities} entities -> {Path}",
            built.Articles.Count, built.Sentences.Count, built.Entities.Count, storePath);
        return new StoreOutcome(built, true, read.Skipped);
    }

    private KnowledgeSet? TryLoad(string storePath, IReadOnlyList<Article> articles)
    {
        if (!File.Exists(storePath)) return null;
        try
        {
            using var db = new LiteDatabase(new ConnectionString { Filename = storePath, Connection = ConnectionType.Direct, ReadOnly = true });
            var meta = BriefingStore.ReadMeta(db);
            if (meta is null || meta.SchemaVersion != BriefingStore.SchemaVersion || !SameArticles(meta, articles))
            {
                _logger.LogInformation("Knowledge store {Path} is out of date (articles or schema changed); rebuilding it.", storePath);
                return null;
            }

            return BriefingStore.Read(db);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _logger.LogWarning("Knowledge store {Path} is unreadable ({Error}); rebuilding it.", storePath, e.Message);
            return null;
        }
    }

    private static bool SameArticles(StoreMeta meta, IReadOnlyList<Article> articles) =>
        meta.ArticleHashes.Count == articles.Count && articles.All(a => meta.ArticleHashes.GetValueOrDefault(a.Id) == a.ContentHash);

    /// <summary>Writes the knowledge into a temporary file beside the store and renames it over the store.</summary>
    public static void WriteAtomically(string storePath, KnowledgeSet knowledge)
    {
        var full = Path.GetFullPath(storePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = $"{full}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var db = new LiteDatabase(new ConnectionString { Filename = temp, Connection = ConnectionType.Direct }))
            {
                BriefingStore.Write(db, knowledge);
                db.Checkpoint();
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            TryDelete(temp);
            TryDelete(Path.ChangeExtension(temp, null) + "-log.tmp");
        }
    }

    private static void TryDelete(string path)
    {
        try { if (File.Exists(path)) File.Delete(path); }
        catch (IOException) { /* a leftover temp file is harmless */ }
    }
}
