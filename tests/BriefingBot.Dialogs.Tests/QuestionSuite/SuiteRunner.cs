namespace BriefingBot.Dialogs.Tests.QuestionSuite;

/// <summary>One turn's reply and verdict.</summary>
public sealed record TurnResult(SuiteTurn Turn, string Reply, SuiteVerdict Verdict);

/// <summary>One conversation's results: it passes when every turn passes.</summary>
public sealed record CaseResult(QuestionSuiteCase Case, IReadOnlyList<TurnResult> Turns)
{
    /// <summary>True when every turn passed.</summary>
    public bool Passed => Turns.All(t => t.Verdict.Passed);
}

/// <summary>
/// Plays every case through a responder and judges each reply with <see cref="SuiteJudge"/>.
/// The responder gets a conversation id (one per case, so follow-ups share state) and the user's text,
/// and returns all reply text of that turn.
/// </summary>
public static class SuiteRunner
{
    /// <summary>Runs <paramref name="cases"/> through <paramref name="respond"/>(conversationId, say).</summary>
    public static async Task<SuiteResult> RunAsync(IEnumerable<QuestionSuiteCase> cases, Func<string, string, Task<string>> respond)
    {
        ArgumentNullException.ThrowIfNull(respond);
        var results = new List<CaseResult>();
        foreach (var c in cases)
        {
            var turns = new List<TurnResult>();
            foreach (var turn in c.Turns)
            {
                var reply = await respond(c.Id, turn.Say) ?? "";
                turns.Add(new TurnResult(turn, reply, SuiteJudge.Judge(turn, reply)));
            }
            results.Add(new CaseResult(c, turns));
        }
        return new SuiteResult(results);
    }

    /// <summary>Synchronous convenience overload for in-process responders.</summary>
    public static SuiteResult Run(IEnumerable<QuestionSuiteCase> cases, Func<string, string, string> respond) =>
        RunAsync(cases, (id, say) => Task.FromResult(respond(id, say))).GetAwaiter().GetResult();
}
