using BenchmarkDotNet.Attributes;
using BriefingBot.Benchmarks.Infrastructure;
using BriefingBot.Dialogs.Replies;
using BriefingBot.Dialogs.Tests.Infrastructure;
using BriefingBot.Knowledge.Extraction;
using Microsoft.Bot.Schema;

namespace BriefingBot.Benchmarks.InProcess;

/// <summary>
/// Answering one suite question of a category on a warm bot (all four articles): the dialog router alone, and a
/// whole Bot Framework turn (TestAdapter, activity handler, conversation state, card). Each call asks the next
/// question of the category, so the mean is over the category's questions.
/// </summary>
[MemoryDiagnoser]
public class AnswerBenchmarks
{
    private BotUnderTest? _bot;
    private IReadOnlyList<WarmQuestion> _questions = [];
    private int _next;

    /// <summary>The suite category (the same as BenchmarkData.Categories; attributes need constants).</summary>
    [Params("who", "when", "how-many", "profile", "follow-up", "refuse")]
    public string Category { get; set; } = "";

    /// <summary>Composes the bot, plays the earlier turns of each conversation, and answers each question once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        KnowledgeBuilder.WarmUp();
        _bot = new BotUnderTest(BenchmarkData.SuiteArticles);
        _questions = WarmQuestion.Prepare(_bot, Category, BenchmarkData.Suite);
        foreach (var _ in _questions) { Route(); FullTurn().GetAwaiter().GetResult(); }
    }

    /// <summary>Understanding, dialog choice and answer: <c>DialogRouter.Route</c>.</summary>
    [Benchmark]
    public BotReply Route()
    {
        var q = _questions[_next++ % _questions.Count];
        return _bot!.Router.Route(q.Say, q.Memory);
    }

    /// <summary>A whole turn through TestAdapter and BriefingActivityHandler, replies collected.</summary>
    [Benchmark]
    public Task<IReadOnlyList<IMessageActivity>> FullTurn()
    {
        var q = _questions[_next++ % _questions.Count];
        return _bot!.SayAsync(q.ConversationId, q.Say);
    }

    /// <summary>Deletes the store.</summary>
    [GlobalCleanup]
    public void Cleanup() => _bot?.Dispose();
}
