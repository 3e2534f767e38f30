using BriefingBot.Dialogs.State;
using BriefingBot.Dialogs.Tests.Infrastructure;
using BriefingBot.Dialogs.Tests.QuestionSuite;

namespace BriefingBot.Benchmarks.InProcess;

/// <summary>
/// The last turn of a suite conversation, with the conversation so far already played: in a <see cref="ConversationMemory"/>
/// for the router, and in a TestAdapter conversation for full turns. Asking it again keeps the same context, so
/// a follow-up stays a follow-up however often it is timed.
/// </summary>
public sealed record WarmQuestion(string Say, ConversationMemory Memory, string ConversationId)
{
    /// <summary>The last turns of every suite conversation of <paramref name="category"/>, their earlier turns played on <paramref name="bot"/>.</summary>
    public static IReadOnlyList<WarmQuestion> Prepare(BotUnderTest bot, string category, IEnumerable<QuestionSuiteCase> suite)
    {
        var questions = new List<WarmQuestion>();
        foreach (var c in suite.Where(c => c.Category == category))
        {
            var memory = new ConversationMemory();
            var conversationId = $"bench-{c.Id}";
            foreach (var turn in c.Turns.SkipLast(1))
            {
                bot.Router.Route(turn.Say, memory);
                bot.SayAsync(conversationId, turn.Say).GetAwaiter().GetResult();
            }

            questions.Add(new WarmQuestion(c.Turns[^1].Say, memory, conversationId));
        }

        return questions.Count > 0 ? questions : throw new InvalidOperationException($"No suite conversation of category '{category}'.");
    }
}
