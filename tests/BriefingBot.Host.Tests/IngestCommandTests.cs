namespace BriefingBot.Host.Tests;

public sealed class IngestCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("briefing-ingest-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Ingest_builds_the_store_and_prints_a_report()
    {
        var store = Path.Combine(_folder, "out", "briefing.db");
        var output = new StringWriter();

        var code = IngestCommand.Run(new[] { "--articles", Path.Combine(AppContext.BaseDirectory, "articles"), "--store", store }, output);

        Assert.Equal(0, code);
        Assert.True(File.Exists(store));
        var report = output.ToString();
        Assert.Matches(@"articles:\s+1 ", report);
        Assert.Matches(@"statements:\s+[1-9]", report);
        Assert.Matches(@"dates:\s+[1-9]", report);
    }

    [Fact]
    public void Ingest_of_a_missing_folder_fails_with_a_clear_message()
    {
        var output = new StringWriter();

        var code = IngestCommand.Run(new[] { "--articles", Path.Combine(_folder, "nowhere") }, output);

        Assert.NotEqual(0, code);
        Assert.Contains("articles folder not found", output.ToString());
    }

    [Fact]
    public void Ingest_rejects_an_unknown_option()
    {
        var output = new StringWriter();

        Assert.Equal(2, IngestCommand.Run(new[] { "--bogus", "x" }, output));
        Assert.Contains("usage", output.ToString());
    }
}
