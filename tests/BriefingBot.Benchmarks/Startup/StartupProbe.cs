using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BriefingBot.Benchmarks.Infrastructure;
using BriefingBot.Dialogs.Tests.QuestionSuite;
using BriefingBot.Host.Tests.Infrastructure;

namespace BriefingBot.Benchmarks.Startup;

/// <summary>
/// Startup to first correct answer and peak RSS of the real host as a child process: with the bundled article and
/// with 100 articles, first with no store file (built at startup), then restarted on the store it built.
/// </summary>
public static class StartupProbe
{
    /// <summary>Goal: first answer within this many seconds of start.</summary>
    public const double GoalSeconds = 3;
    /// <summary>Goal: peak RSS with 100 articles under this many MB.</summary>
    public const double GoalRssMb = 200;

    /// <summary>Runs the probes and adds their numbers.</summary>
    public static async Task RunAsync(BenchmarkOptions options, ResultTable table)
    {
        var hostDll = BenchmarkData.HostDll();
        using var hundred = new ArticleCorpus(100);
        var corpora = new[] { ("bundled article", BenchmarkData.BundledArticles), ("100 articles", hundred.ArticlesPath) };
        foreach (var (name, articles) in options.Quick ? corpora[..1] : corpora)
        {
            var store = Path.Combine(Path.GetTempPath(), $"briefingbot-bench-startup-{Guid.NewGuid():N}.db");
            try
            {
                foreach (var start in new[] { "no store (built at start)", "store on disk" })
                {
                    var (seconds, rss) = await ProbeAsync(hostDll, articles, store, options.Quick ? 5 : 50);
                    table.AddGoal("startup", $"{name}, {start}: first answer", $"{seconds:F2} s", $"≤ {GoalSeconds} s", seconds <= GoalSeconds);
                    var rssText = rss is null ? "n/a" : $"{rss:F0} MB";
                    if (name == "100 articles") table.AddGoal("startup", $"{name}, {start}: peak RSS", rssText, $"< {GoalRssMb} MB", rss < GoalRssMb);
                    else table.Add("startup", $"{name}, {start}: peak RSS", rssText);
                }
            }
            finally { File.Delete(store); }
        }
    }

    /// <summary>Seconds from process start to the first correct answer, and peak RSS after <paramref name="questions"/> more suite turns.</summary>
    private static async Task<(double Seconds, double? RssMb)> ProbeAsync(string hostDll, string articles, string store, int questions)
    {
        var question = BenchmarkData.BundledQuestion();
        var clock = Stopwatch.StartNew();
        using var child = ChildHost.Start(hostDll, articles, store);
        using var http = new HttpClient { BaseAddress = child.Address, Timeout = TimeSpan.FromSeconds(30) };
        while (!SuiteJudge.Judge(question, await TryAskAsync(http, question.Say)).Passed)
        {
            if (!child.Running || clock.Elapsed > TimeSpan.FromSeconds(120)) throw new TimeoutException($"No correct answer from the host at {child.Address}");
            await Task.Delay(10);
        }

        var seconds = clock.Elapsed.TotalSeconds;
        foreach (var c in BenchmarkData.Suite.Take(questions))
            foreach (var turn in c.Turns) await TryAskAsync(http, turn.Say, c.Id);
        return (seconds, child.PeakRssMb());
    }

    private static async Task<string?> TryAskAsync(HttpClient http, string text, string conversationId = "startup")
    {
        try
        {
            var activity = Activities.Message(text, conversationId);
            activity["deliveryMode"] = "expectReplies";
            using var response = await http.PostAsJsonAsync("/api/messages", activity);
            if (!response.IsSuccessStatusCode) return null;
            var replies = JsonNode.Parse(await response.Content.ReadAsStringAsync())?["activities"]?.AsArray();
            return replies is null ? null : string.Join("\n", replies.Select(r => (string?)r?["text"]));
        }
        catch (HttpRequestException) { return null; }
    }
}
