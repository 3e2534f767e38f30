using Xunit.Abstractions;

namespace BriefingBot.Dialogs.Tests.QuestionSuite;

/// <summary>
/// Plays the whole question suite (tests/data/questions) through the real bot over all articles and holds it
/// to the bar: most answers right, and every question the articles cannot answer refused.
/// </summary>
public sealed class QuestionSuiteTests : IClassFixture<QuestionSuiteTests.Run>
{
    /// <summary>
    /// Overall share of conversations that must pass: the level reached (95.2% on 2026-11-25), so any regression fails.
    /// It is also the product goal of issue 4; raise it as answering improves, never lower it to make a change pass.
    /// </summary>
    private const double Bar = 0.95;

    private readonly Run _run;
    private readonly ITestOutputHelper _output;

    public QuestionSuiteTests(Run run, ITestOutputHelper output)
    {
        _run = run;
        _output = output;
    }

    [Fact]
    public void The_bot_answers_the_question_suite_above_the_bar()
    {
        _output.WriteLine(_run.Result.FormatTable());
        _output.WriteLine(_run.Result.FormatFailures());

        var passed = _run.Result.Cases.Count(c => c.Passed) / (double)_run.Result.Cases.Count;
        Assert.True(passed >= Bar, $"Suite accuracy {passed:P1} is below {Bar:P1}.\n{_run.Result.FormatFailures()}");
    }

    [Fact]
    public void Every_question_the_articles_cannot_answer_is_refused()
    {
        var answered = _run.Result.AnsweredRefusals().Select(t => $"{t.Turn.Say} -> {t.Reply}").ToList();

        Assert.NotEmpty(_run.Result.RefuseTurns);
        Assert.True(answered.Count == 0, "Answered instead of refusing:\n" + string.Join("\n", answered));
    }

    [Fact]
    public void Direct_answers_fit_on_one_line()
    {
        var answers = _run.Result.Cases.SelectMany(c => c.Turns).Where(t => !t.Turn.Refuse && t.Verdict.Passed);

        var longOnes = answers.Select(t => t.Reply.Split('\n')[0]).Where(line => line.Length > 400).ToList();
        Assert.True(longOnes.Count == 0, "Headlines over 400 characters:\n" + string.Join("\n", longOnes));
    }

    /// <summary>Runs the tuned suite (tests/data/questions) once for all tests of this class.</summary>
    public sealed class Run() : SuiteRun(QuestionSuite.DefaultDirectory);
}
