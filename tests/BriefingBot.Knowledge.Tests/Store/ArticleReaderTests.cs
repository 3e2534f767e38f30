using BriefingBot.Knowledge.Reading;
using BriefingBot.Knowledge.Tests.Infrastructure;

namespace BriefingBot.Knowledge.Tests.Store;

public sealed class ArticleReaderTests : IDisposable
{
    private readonly TempArticles _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_sidecar_gives_title_date_and_language()
    {
        var article = ArticleReader.ReadFolder(_temp.ArticlesPath).Articles.Single();

        Assert.Equal("Iraqi Vice President: Islamic State, Al-Qaeda Discussing Alliance", article.Title);
        Assert.Equal(new DateTime(2017, 4, 19), article.Published);
        Assert.Equal("en", article.Language);
        Assert.Equal(64, article.ContentHash.Length);
    }

    [Fact]
    public void Without_a_sidecar_the_first_line_is_the_title_and_the_file_date_the_publication_date()
    {
        var file = _temp.Article("no-sidecar.txt");
        File.WriteAllText(file, "\n\nHarbour Guard Seizes Drone Boat\n\nThe Harbour Guard seized a drone boat on Monday.");
        File.SetLastWriteTime(file, new DateTime(2024, 3, 6, 15, 0, 0));

        var article = ArticleReader.Read(file)!;

        Assert.Equal("Harbour Guard Seizes Drone Boat", article.Title);
        Assert.Equal(new DateTime(2024, 3, 6), article.Published);
        Assert.Equal("no-sidecar", article.Id);
    }

    [Fact]
    public void The_content_hash_changes_with_the_sidecar()
    {
        var before = ArticleReader.ReadFolder(_temp.ArticlesPath).Articles.Single().ContentHash;
        var sidecar = Directory.GetFiles(_temp.ArticlesPath, "*.json").Single();
        File.WriteAllText(sidecar, File.ReadAllText(sidecar).Replace("2017-04-19", "2017-04-20"));

        var after = ArticleReader.ReadFolder(_temp.ArticlesPath).Articles.Single();

        Assert.NotEqual(before, after.ContentHash);
        Assert.Equal(new DateTime(2017, 4, 20), after.Published);
    }
}
