using BriefingBot.Dialogs.Tests.QuestionSuite;
using BriefingBot.Host.Tests.Infrastructure;

namespace BriefingBot.Benchmarks.Infrastructure;

/// <summary>Where the benchmark's inputs are: articles, the question suite and the built host.</summary>
public static class BenchmarkData
{
    /// <summary>The answering categories timed one by one (suite categories).</summary>
    public static readonly string[] Categories = ["who", "when", "how-many", "profile", "follow-up", "refuse"];

    /// <summary>Every article of the suite (bundled and test articles), copied to the output.</summary>
    public static string SuiteArticles => QuestionSuite.ArticlesDirectory;

    /// <summary>The bundled article folder alone, as the product ships it.</summary>
    public static string BundledArticles => Path.Combine(Repository.Root, "knowledge", "articles");

    /// <summary>The whole question suite.</summary>
    public static IReadOnlyList<QuestionSuiteCase> Suite { get; } = QuestionSuite.LoadAll();

    /// <summary>A suite question about the bundled article with its expected answer (single turn, category who).</summary>
    public static SuiteTurn BundledQuestion()
    {
        var bundledId = Path.GetFileNameWithoutExtension(Directory.GetFiles(BundledArticles, "*.txt").Order().First());
        return Suite.First(c => c.Category == "who" && c.Article == bundledId && c.Turns.Count == 1).Turns[0];
    }

    /// <summary>The built host (same configuration as this benchmark), for running it as a child process.</summary>
    public static string HostDll()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var dll = Path.Combine(Repository.Root, "src", "BriefingBot", "bin", configuration, "net10.0", "BriefingBot.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build the host first: dotnet build -c {configuration} src/BriefingBot", dll);
    }
}
