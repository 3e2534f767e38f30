using Xunit.Abstractions;

namespace BriefingBot.Dialogs.Tests.QuestionSuite;

/// <summary>
/// Plays the held-out set (tests/data/holdout, written blind to the dialog code and never tuned on) through the real
/// bot. Accuracy is reported, not asserted; the one hard rule is that no unanswerable question gets an answer.
/// </summary>
public sealed class HoldoutSuiteTests(HoldoutSuiteTests.Run run, ITestOutputHelper output) : IClassFixture<HoldoutSuiteTests.Run>
{
    [Fact]
    public void Every_held_out_question_the_articles_cannot_answer_is_refused()
    {
        output.WriteLine("Held-out set, accuracy per category (reported, not asserted):");
        output.WriteLine(run.Result.FormatTable());
        output.WriteLine("Failures:");
        output.WriteLine(run.Result.FormatFailures(replyChars: 200));

        var answered = run.Result.AnsweredRefusals().Select(t => $"{t.Turn.Say} -> {t.Reply}").ToList();

        Assert.NotEmpty(run.Result.RefuseTurns);
        Assert.True(answered.Count == 0, "Answered instead of refusing:\n" + string.Join("\n", answered));
    }

    /// <summary>Runs the held-out set once for all tests of this class.</summary>
    public sealed class Run() : SuiteRun(QuestionSuite.HoldoutDirectory);
}
