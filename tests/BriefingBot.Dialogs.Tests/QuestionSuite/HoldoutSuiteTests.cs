using Xunit.Abstractions;

namespace BriefingBot.Dialogs.Tests.QuestionSuite;

/// <summary>
/// Plays a held-out set (written blind to the dialog code and never tuned on) through the real bot. Accuracy is
/// reported, not asserted; the one hard rule is that no unanswerable question gets an answer.
/// </summary>
public abstract class HeldOutSuiteTests<TRun>(TRun run, ITestOutputHelper output) : IClassFixture<TRun> where TRun : SuiteRun
{
    [Fact]
    public void Every_held_out_question_the_articles_cannot_answer_is_refused()
    {
        output.WriteLine($"{GetType().Name}: accuracy per category (reported, not asserted):");
        output.WriteLine(run.Result.FormatTable());
        output.WriteLine("Failures:");
        output.WriteLine(run.Result.FormatFailures(replyChars: 200));

        var answered = run.Result.AnsweredRefusals().Select(t => $"{t.Turn.Say} -> {t.Reply}").ToList();

        Assert.NotEmpty(run.Result.RefuseTurns);
        Assert.True(answered.Count == 0, "Answered instead of refusing:\n" + string.Join("\n", answered));
    }
}

/// <summary>The first held-out set, tests/data/holdout.</summary>
public sealed class HoldoutSuiteTests(HoldoutSuiteTests.Run run, ITestOutputHelper output) : HeldOutSuiteTests<HoldoutSuiteTests.Run>(run, output)
{
    /// <summary>Runs the set once for all tests of this class.</summary>
    public sealed class Run() : SuiteRun(QuestionSuite.HeldOutDirectory(1));
}

/// <summary>The second held-out set, tests/data/holdout2, mostly about an article added with it.</summary>
public sealed class SecondHoldoutSuiteTests(SecondHoldoutSuiteTests.Run run, ITestOutputHelper output) : HeldOutSuiteTests<SecondHoldoutSuiteTests.Run>(run, output)
{
    /// <summary>Runs the set once for all tests of this class.</summary>
    public sealed class Run() : SuiteRun(QuestionSuite.HeldOutDirectory(2));
}

/// <summary>The third held-out set, tests/data/holdout3, mostly about an article added with it.</summary>
public sealed class ThirdHoldoutSuiteTests(ThirdHoldoutSuiteTests.Run run, ITestOutputHelper output) : HeldOutSuiteTests<ThirdHoldoutSuiteTests.Run>(run, output)
{
    /// <summary>Runs the set once for all tests of this class.</summary>
    public sealed class Run() : SuiteRun(QuestionSuite.HeldOutDirectory(3));
}

/// <summary>The fourth held-out set, tests/data/holdout4, mostly about an article added with it.</summary>
public sealed class FourthHoldoutSuiteTests(FourthHoldoutSuiteTests.Run run, ITestOutputHelper output) : HeldOutSuiteTests<FourthHoldoutSuiteTests.Run>(run, output)
{
    /// <summary>Runs the set once for all tests of this class.</summary>
    public sealed class Run() : SuiteRun(QuestionSuite.HeldOutDirectory(4));
}

/// <summary>The fifth held-out set, tests/data/holdout5, mostly about an article added with it.</summary>
public sealed class FifthHoldoutSuiteTests(FifthHoldoutSuiteTests.Run run, ITestOutputHelper output) : HeldOutSuiteTests<FifthHoldoutSuiteTests.Run>(run, output)
{
    /// <summary>Runs the set once for all tests of this class.</summary>
    public sealed class Run() : SuiteRun(QuestionSuite.HeldOutDirectory(5));
}

/// <summary>The sixth held-out set, tests/data/holdout6, mostly about an article added with it.</summary>
public sealed class SixthHoldoutSuiteTests(SixthHoldoutSuiteTests.Run run, ITestOutputHelper output) : HeldOutSuiteTests<SixthHoldoutSuiteTests.Run>(run, output)
{
    /// <summary>Runs the set once for all tests of this class.</summary>
    public sealed class Run() : SuiteRun(QuestionSuite.HeldOutDirectory(6));
}

/// <summary>The seventh held-out set, tests/data/holdout7, mostly about an article added with it.</summary>
public sealed class SeventhHoldoutSuiteTests(SeventhHoldoutSuiteTests.Run run, ITestOutputHelper output) : HeldOutSuiteTests<SeventhHoldoutSuiteTests.Run>(run, output)
{
    /// <summary>Runs the set once for all tests of this class.</summary>
    public sealed class Run() : SuiteRun(QuestionSuite.HeldOutDirectory(7));
}

/// <summary>The eighth held-out set, tests/data/holdout8, mostly about an article added with it.</summary>
public sealed class EighthHoldoutSuiteTests(EighthHoldoutSuiteTests.Run run, ITestOutputHelper output) : HeldOutSuiteTests<EighthHoldoutSuiteTests.Run>(run, output)
{
    /// <summary>Runs the set once for all tests of this class.</summary>
    public sealed class Run() : SuiteRun(QuestionSuite.HeldOutDirectory(8));
}

/// <summary>The ninth held-out set, tests/data/holdout9, mostly about an article added with it.</summary>
public sealed class NinthHoldoutSuiteTests(NinthHoldoutSuiteTests.Run run, ITestOutputHelper output) : HeldOutSuiteTests<NinthHoldoutSuiteTests.Run>(run, output)
{
    /// <summary>Runs the set once for all tests of this class.</summary>
    public sealed class Run() : SuiteRun(QuestionSuite.HeldOutDirectory(9));
}

/// <summary>The tenth held-out set, tests/data/holdout10, mostly about an article added with it.</summary>
public sealed class TenthHoldoutSuiteTests(TenthHoldoutSuiteTests.Run run, ITestOutputHelper output) : HeldOutSuiteTests<TenthHoldoutSuiteTests.Run>(run, output)
{
    /// <summary>Runs the set once for all tests of this class.</summary>
    public sealed class Run() : SuiteRun(QuestionSuite.HeldOutDirectory(10));
}

/// <summary>The eleventh held-out set, tests/data/holdout11, mostly about an article added with it.</summary>
public sealed class EleventhHoldoutSuiteTests(EleventhHoldoutSuiteTests.Run run, ITestOutputHelper output) : HeldOutSuiteTests<EleventhHoldoutSuiteTests.Run>(run, output)
{
    /// <summary>Runs the set once for all tests of this class.</summary>
    public sealed class Run() : SuiteRun(QuestionSuite.HeldOutDirectory(11));
}

/// <summary>The twelfth held-out set, tests/data/holdout12, mostly about an article added with it.</summary>
public sealed class TwelfthHoldoutSuiteTests(TwelfthHoldoutSuiteTests.Run run, ITestOutputHelper output) : HeldOutSuiteTests<TwelfthHoldoutSuiteTests.Run>(run, output)
{
    /// <summary>Runs the set once for all tests of this class.</summary>
    public sealed class Run() : SuiteRun(QuestionSuite.HeldOutDirectory(12));
}

/// <summary>The thirteenth held-out set, tests/data/holdout13, mostly about an article added with it.</summary>
public sealed class ThirteenthHoldoutSuiteTests(ThirteenthHoldoutSuiteTests.Run run, ITestOutputHelper output) : HeldOutSuiteTests<ThirteenthHoldoutSuiteTests.Run>(run, output)
{
    /// <summary>Runs the set once for all tests of this class.</summary>
    public sealed class Run() : SuiteRun(QuestionSuite.HeldOutDirectory(13));
}

/// <summary>The fourteenth held-out set, tests/data/holdout14, mostly about an article added with it.</summary>
public sealed class FourteenthHoldoutSuiteTests(FourteenthHoldoutSuiteTests.Run run, ITestOutputHelper output) : HeldOutSuiteTests<FourteenthHoldoutSuiteTests.Run>(run, output)
{
    /// <summary>Runs the set once for all tests of this class.</summary>
    public sealed class Run() : SuiteRun(QuestionSuite.HeldOutDirectory(14));
}

/// <summary>The fifteenth held-out set, tests/data/holdout15, mostly about an article added with it.</summary>
public sealed class FifteenthHoldoutSuiteTests(FifteenthHoldoutSuiteTests.Run run, ITestOutputHelper output) : HeldOutSuiteTests<FifteenthHoldoutSuiteTests.Run>(run, output)
{
    /// <summary>Runs the set once for all tests of this class.</summary>
    public sealed class Run() : SuiteRun(QuestionSuite.HeldOutDirectory(15));
}

/// <summary>The sixteenth held-out set, tests/data/holdout16, mostly about an article added with it.</summary>
public sealed class SixteenthHoldoutSuiteTests(SixteenthHoldoutSuiteTests.Run run, ITestOutputHelper output) : HeldOutSuiteTests<SixteenthHoldoutSuiteTests.Run>(run, output)
{
    /// <summary>Runs the set once for all tests of this class.</summary>
    public sealed class Run() : SuiteRun(QuestionSuite.HeldOutDirectory(16));
}

/// <summary>The seventeenth held-out set, tests/data/holdout17, mostly about an article added with it.</summary>
public sealed class SeventeenthHoldoutSuiteTests(SeventeenthHoldoutSuiteTests.Run run, ITestOutputHelper output) : HeldOutSuiteTests<SeventeenthHoldoutSuiteTests.Run>(run, output)
{
    /// <summary>Runs the set once for all tests of this class.</summary>
    public sealed class Run() : SuiteRun(QuestionSuite.HeldOutDirectory(17));
}

/// <summary>The eighteenth held-out set, tests/data/holdout18, mostly about an article added with it.</summary>
public sealed class EighteenthHoldoutSuiteTests(EighteenthHoldoutSuiteTests.Run run, ITestOutputHelper output) : HeldOutSuiteTests<EighteenthHoldoutSuiteTests.Run>(run, output)
{
    /// <summary>Runs the set once for all tests of this class.</summary>
    public sealed class Run() : SuiteRun(QuestionSuite.HeldOutDirectory(18));
}

/// <summary>The nineteenth held-out set, tests/data/holdout19, mostly about an article added with it.</summary>
public sealed class NineteenthHoldoutSuiteTests(NineteenthHoldoutSuiteTests.Run run, ITestOutputHelper output) : HeldOutSuiteTests<NineteenthHoldoutSuiteTests.Run>(run, output)
{
    /// <summary>Runs the set once for all tests of this class.</summary>
    public sealed class Run() : SuiteRun(QuestionSuite.HeldOutDirectory(19));
}

/// <summary>The twentieth held-out set, tests/data/holdout20, mostly about an article added with it.</summary>
public sealed class TwentiethHoldoutSuiteTests(TwentiethHoldoutSuiteTests.Run run, ITestOutputHelper output) : HeldOutSuiteTests<TwentiethHoldoutSuiteTests.Run>(run, output)
{
    /// <summary>Runs the set once for all tests of this class.</summary>
    public sealed class Run() : SuiteRun(QuestionSuite.HeldOutDirectory(20));
}

/// <summary>The twenty-first held-out set, tests/data/holdout21, mostly about an article added with it.</summary>
public sealed class TwentyFirstHoldoutSuiteTests(TwentyFirstHoldoutSuiteTests.Run run, ITestOutputHelper output) : HeldOutSuiteTests<TwentyFirstHoldoutSuiteTests.Run>(run, output)
{
    /// <summary>Runs the set once for all tests of this class.</summary>
    public sealed class Run() : SuiteRun(QuestionSuite.HeldOutDirectory(21));
}

/// <summary>The twenty-second held-out set, tests/data/holdout22, mostly about an article added with it.</summary>
public sealed class TwentySecondHoldoutSuiteTests(TwentySecondHoldoutSuiteTests.Run run, ITestOutputHelper output) : HeldOutSuiteTests<TwentySecondHoldoutSuiteTests.Run>(run, output)
{
    /// <summary>Runs the set once for all tests of this class.</summary>
    public sealed class Run() : SuiteRun(QuestionSuite.HeldOutDirectory(22));
}

/// <summary>The twenty-third held-out set, tests/data/holdout23, mostly about an article added with it.</summary>
public sealed class TwentyThirdHoldoutSuiteTests(TwentyThirdHoldoutSuiteTests.Run run, ITestOutputHelper output) : HeldOutSuiteTests<TwentyThirdHoldoutSuiteTests.Run>(run, output)
{
    /// <summary>Runs the set once for all tests of this class.</summary>
    public sealed class Run() : SuiteRun(QuestionSuite.HeldOutDirectory(23));
}

/// <summary>The twenty-fourth held-out set, tests/data/holdout24, mostly about an article added with it.</summary>
public sealed class TwentyFourthHoldoutSuiteTests(TwentyFourthHoldoutSuiteTests.Run run, ITestOutputHelper output) : HeldOutSuiteTests<TwentyFourthHoldoutSuiteTests.Run>(run, output)
{
    /// <summary>Runs the set once for all tests of this class.</summary>
    public sealed class Run() : SuiteRun(QuestionSuite.HeldOutDirectory(24));
}

/// <summary>The twenty-fifth held-out set, tests/data/holdout25, mostly about an article added with it.</summary>
public sealed class TwentyFifthHoldoutSuiteTests(TwentyFifthHoldoutSuiteTests.Run run, ITestOutputHelper output) : HeldOutSuiteTests<TwentyFifthHoldoutSuiteTests.Run>(run, output)
{
    /// <summary>Runs the set once for all tests of this class.</summary>
    public sealed class Run() : SuiteRun(QuestionSuite.HeldOutDirectory(25));
}

/// <summary>The twenty-sixth held-out set, tests/data/holdout26, mostly about an article added with it.</summary>
public sealed class TwentySixthHoldoutSuiteTests(TwentySixthHoldoutSuiteTests.Run run, ITestOutputHelper output) : HeldOutSuiteTests<TwentySixthHoldoutSuiteTests.Run>(run, output)
{
    /// <summary>Runs the set once for all tests of this class.</summary>
    public sealed class Run() : SuiteRun(QuestionSuite.HeldOutDirectory(26));
}

/// <summary>The twenty-seventh held-out set, tests/data/holdout27, mostly about an article added with it.</summary>
public sealed class TwentySeventhHoldoutSuiteTests(TwentySeventhHoldoutSuiteTests.Run run, ITestOutputHelper output) : HeldOutSuiteTests<TwentySeventhHoldoutSuiteTests.Run>(run, output)
{
    /// <summary>Runs the set once for all tests of this class.</summary>
    public sealed class Run() : SuiteRun(QuestionSuite.HeldOutDirectory(27));
}
