using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.QuestionSuite;

/// <summary>
/// Plays every suite file of one folder through the real bot (over all articles) once; test classes share it as a
/// class fixture through a parameterless subclass naming their folder.
/// </summary>
public abstract class SuiteRun : IDisposable
{
    private readonly BotUnderTest _bot = new();

    /// <summary>Loads the suite in <paramref name="directory"/> and runs it through the bot.</summary>
    protected SuiteRun(string directory) =>
        Result = SuiteRunner.RunAsync(QuestionSuite.LoadAll(directory), _bot.AskAsync).GetAwaiter().GetResult();

    /// <summary>The judged replies of the whole run.</summary>
    public SuiteResult Result { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        _bot.Dispose();
        GC.SuppressFinalize(this);
    }
}
