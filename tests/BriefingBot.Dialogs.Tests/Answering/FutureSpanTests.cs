using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "How long has he been in the job" asks a length of time already run: a span of a plan still to come ("would spend
/// 40 million euros over five years") does not answer it.
/// </summary>
public sealed class FutureSpanTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Tarnby Customs Officer Held Over Smuggled Containers

        TARNBY — Police have arrested a customs officer suspected of clearing smuggled containers at Tarnby port, officials said on Friday.

        The customs officer, a 51-year-old identified only as Piet H., was arrested at home in Brenmoor. He has worked for the customs service for 22 years.

        Finance Minister Ada Venn said the cabinet would back a scheme in the new year to spend 40 million euros over five years on new scanners, and that no customs officer would be able to clear a container alone.
        """));

    [Fact]
    public async Task A_span_of_a_plan_to_come_does_not_say_how_long_someone_has_served()
    {
        Assert.DoesNotContain("five years", await _bot.AnswerAsync("how long has the customs officer who was arrested been in the job"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_span_of_a_plan_to_come_answers_a_question_about_the_plan()
    {
        Assert.Contains("five years", await _bot.AnswerAsync("over how long will the cabinet spend the money on scanners"), StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose() => _bot.Dispose();
}
