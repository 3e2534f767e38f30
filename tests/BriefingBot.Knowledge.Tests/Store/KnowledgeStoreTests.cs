using BriefingBot.Knowledge.Store;
using BriefingBot.Knowledge.Tests.Infrastructure;
using LiteDB;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Knowledge.Tests.Store;

public sealed class KnowledgeStoreTests : IDisposable
{
    private readonly TempArticles _temp = new();
    private readonly ListLogger _log = new();

    public void Dispose() => _temp.Dispose();

    private StoreOutcome Ensure(bool force = false) => new KnowledgeStore(_log).Ensure(_temp.ArticlesPath, _temp.StorePath, force);

    [Fact]
    public void A_missing_store_is_built_and_then_loaded_without_rebuilding()
    {
        var first = Ensure();
        var second = Ensure();

        Assert.True(first.Rebuilt);
        Assert.False(second.Rebuilt);
        Assert.Equal(first.Knowledge.Sentences.Count, second.Knowledge.Sentences.Count);
        Assert.Equal(first.Knowledge.Statements.Select(s => s.Content), second.Knowledge.Statements.Select(s => s.Content));
        Assert.Equal(new[] { "briefing.db" }, _temp.StoreFolderFiles);
    }

    [Fact]
    public void A_changed_article_rebuilds_the_store_with_the_new_text()
    {
        Ensure();
        var file = Directory.GetFiles(_temp.ArticlesPath, "*.txt").Single();
        File.AppendAllText(file, "\n\nThe Arctic Shield Council warned on Friday about ice.\n");

        var outcome = Ensure();

        Assert.True(outcome.Rebuilt);
        Assert.Contains(outcome.Knowledge.Entities, e => e.Name == "Arctic Shield Council");
    }

    [Fact]
    public void A_store_of_another_schema_version_is_rebuilt()
    {
        Ensure();
        using (var db = new LiteDatabase(new ConnectionString { Filename = _temp.StorePath, Connection = ConnectionType.Direct }))
        {
            var meta = BriefingStore.ReadMeta(db)!;
            meta.SchemaVersion = BriefingStore.SchemaVersion - 1;
            db.GetCollection<StoreMeta>(BriefingStore.Meta).Upsert(meta);
        }

        Assert.True(Ensure().Rebuilt);
    }

    [Fact]
    public void A_corrupt_store_file_is_rebuilt_with_one_clear_log_line()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_temp.StorePath)!);
        File.WriteAllBytes(_temp.StorePath, Enumerable.Range(0, 20_000).Select(i => (byte)(i * 7)).ToArray());

        var outcome = Ensure();

        Assert.True(outcome.Rebuilt);
        Assert.NotEmpty(outcome.Knowledge.Statements);
        Assert.Single(_log.Lines, l => l.Message.Contains("unreadable") && l.Message.Contains("rebuilding"));
        Assert.False(Ensure().Rebuilt);
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_store_intact_and_no_temporary_file()
    {
        var good = Ensure().Knowledge;
        var before = File.ReadAllBytes(_temp.StorePath);
        var broken = good with { Facts = null! };

        Assert.ThrowsAny<Exception>(() => KnowledgeStore.WriteAtomically(_temp.StorePath, broken));

        Assert.Equal(before, File.ReadAllBytes(_temp.StorePath));
        Assert.Equal(new[] { "briefing.db" }, _temp.StoreFolderFiles);
    }

    [Fact]
    public void Empty_and_unreadable_articles_are_reported_and_skipped_while_the_others_load()
    {
        File.WriteAllText(_temp.Article("empty.txt"), "  \n\n ");
        File.WriteAllBytes(_temp.Article("binary.txt"), new byte[] { 0x41, 0xC3, 0x28, 0xFF, 0xFE });
        File.WriteAllText(_temp.Article("broken-sidecar.txt"), "Title\n\nSome text.");
        File.WriteAllText(_temp.Article("broken-sidecar.json"), "{ not json");

        var outcome = Ensure();

        Assert.Single(outcome.Knowledge.Articles);
        Assert.Equal(3, outcome.Skipped.Count);
        Assert.Contains(outcome.Skipped, s => s.StartsWith("empty.txt"));
        Assert.Contains(outcome.Skipped, s => s.StartsWith("binary.txt"));
        Assert.Equal(3, _log.Lines.Count(l => l.Level == LogLevel.Warning && l.Message.StartsWith("Article skipped")));
    }

    [Fact]
    public void A_missing_articles_folder_gives_empty_knowledge_and_one_log_line()
    {
        var outcome = new KnowledgeStore(_log).Ensure(Path.Combine(_temp.Root, "nowhere"), _temp.StorePath);

        Assert.Empty(outcome.Knowledge.Articles);
        Assert.Single(_log.Lines, l => l.Message.Contains("No articles"));
    }

    [Fact]
    public void Concurrent_builders_and_readers_of_one_store_file_leave_a_whole_store()
    {
        Ensure();

        Parallel.For(0, 6, i => new KnowledgeStore(new ListLogger()).Ensure(_temp.ArticlesPath, _temp.StorePath, force: i % 2 == 0));

        var outcome = Ensure();
        Assert.False(outcome.Rebuilt);
        Assert.NotEmpty(outcome.Knowledge.Statements);
        Assert.Equal(new[] { "briefing.db" }, _temp.StoreFolderFiles);
        Assert.DoesNotContain(_log.Lines, l => l.Message.Contains("unreadable"));
    }
}
