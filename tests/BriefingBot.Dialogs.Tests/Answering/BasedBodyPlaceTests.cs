using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"The Gdynia-based Institute for Harbour Studies" says where the institute is, though it is on the side of any other where-question.</summary>
public sealed class BasedBodyPlaceTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Harbour Crane Collapses in Storm, Two Workers Hurt

        A harbour crane collapsed in Tarnow on Monday during a storm, injuring two workers.
        Dr. Ewa Nowak, a researcher at the Gdynia-based Institute for Harbour Studies (IHS), said the crane was more than 40 years old.
        """));

    [Fact]
    public async Task Where_the_asked_body_is_based_answers_where_it_is()
    {
        Assert.Contains("Ewa Nowak", await _bot.AskAsync("a", "who is ewa nowak"));
        Assert.Contains("Gdynia", await _bot.AskAsync("a", "where's her institute?"));
    }

    [Fact]
    public async Task Where_a_body_is_based_is_still_not_where_its_speaker_said_something()
    {
        Assert.DoesNotContain("Gdynia", await _bot.AnswerAsync("where did the crane collapse"));
    }

    public void Dispose() => _bot.Dispose();
}
