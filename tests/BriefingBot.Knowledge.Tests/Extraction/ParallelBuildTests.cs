using System.Text.Json;
using BriefingBot.Knowledge.Extraction;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Reading;
using BriefingBot.Knowledge.Store;

namespace BriefingBot.Knowledge.Tests.Extraction;

public sealed class ParallelBuildTests
{
    [Fact]
    public void Building_on_several_threads_gives_exactly_what_building_on_one_thread_gives()
    {
        var articles = Folder("bundled").Concat(Folder("suite")).ToList();

        var sequential = Json(KnowledgeBuilder.Build(articles, parallelism: 1));
        var parallel = Enumerable.Range(0, 3).Select(_ => Json(KnowledgeBuilder.Build(articles, parallelism: 8))).ToList();

        Assert.All(parallel, built => Assert.Equal(sequential, built));
    }

    [Fact]
    public void A_parallel_build_keeps_sentences_and_times_in_article_order_with_ids_counting_up()
    {
        var articles = Folder("bundled").Concat(Folder("suite")).ToList();

        var built = KnowledgeBuilder.Build(articles, parallelism: 8);

        Assert.Equal(articles.Select(a => a.Id), built.Sentences.Select(s => s.ArticleId).Distinct());
        Assert.Equal(Enumerable.Range(1, built.Sentences.Count), built.Sentences.Select(s => s.Id));
        Assert.Equal(Enumerable.Range(1, built.Times.Count), built.Times.Select(t => t.Id));
        Assert.Equal(built.Times.OrderBy(t => t.SentenceId).ThenBy(t => t.Start).Select(t => t.Id), built.Times.Select(t => t.Id));
    }

    private static IReadOnlyList<Article> Folder(string name) =>
        ArticleReader.ReadFolder(Path.Combine(AppContext.BaseDirectory, "articles", name)).Articles;

    private static string Json(KnowledgeSet set) => JsonSerializer.Serialize(set);
}
