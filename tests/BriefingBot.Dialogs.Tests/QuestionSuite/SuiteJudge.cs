namespace BriefingBot.Dialogs.Tests.QuestionSuite;

/// <summary>Outcome of judging one reply: passed or not, and why.</summary>
public sealed record SuiteVerdict(bool Passed, string Reason)
{
    /// <summary>A passing verdict.</summary>
    public static SuiteVerdict Pass(string reason) => new(true, reason);

    /// <summary>A failing verdict.</summary>
    public static SuiteVerdict Fail(string reason) => new(false, reason);
}

/// <summary>
/// The suite's judging rules. An answer turn passes when every 'all' group has one alternative in the reply
/// (case-insensitive) and the reply is not a refusal; a refuse turn passes only when the reply says the briefing
/// does not cover it ("not cover" / "n't cover").
/// </summary>
public static class SuiteJudge
{
    private static readonly string[] RefusalMarkers = ["not cover", "n't cover", "n’t cover"];

    /// <summary>Judges <paramref name="reply"/> (all reply text of the turn, joined) against <paramref name="turn"/>.</summary>
    public static SuiteVerdict Judge(SuiteTurn turn, string? reply)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var text = reply ?? "";
        if (string.IsNullOrWhiteSpace(text)) return SuiteVerdict.Fail("no reply");
        var refused = IsRefusal(text);
        if (turn.Refuse)
            return refused ? SuiteVerdict.Pass("refused") : SuiteVerdict.Fail("answered instead of refusing");
        if (refused) return SuiteVerdict.Fail("refused a question the briefing answers");
        var missing = turn.All.Where(g => !g.Any(a => text.Contains(a, StringComparison.OrdinalIgnoreCase))).ToList();
        return missing.Count == 0
            ? SuiteVerdict.Pass("all groups matched")
            : SuiteVerdict.Fail("missing " + string.Join(" and ", missing.Select(g => "[" + string.Join(" | ", g) + "]")));
    }

    /// <summary>True when the reply says the briefing does not cover the question.</summary>
    public static bool IsRefusal(string reply) =>
        RefusalMarkers.Any(m => reply.Contains(m, StringComparison.OrdinalIgnoreCase));
}
