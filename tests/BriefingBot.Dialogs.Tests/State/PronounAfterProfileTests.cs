using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.State;

/// <summary>
/// "Who is Ivo Marsh?" … "what's his job?": the person the profile (or a short answer) named is the next "his", and
/// "his job" asks that person's job as "Ivo Marsh's job" does, though no article uses the word "job" (invented articles).
/// </summary>
public sealed class PronounAfterProfileTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Rebel Groups in Talks Over Merger, Says Deputy Governor

        Two rebel groups in the northern hills are discussing a merger, a senior official said on Monday.
        Citing unnamed local sources, Deputy Governor Ivo Marsh said in an interview on Monday, "The discussion has started now between messengers representing rebel leader Karl Dunn and militia chief Piet Varga," reports Radio North.
        The two groups have fought each other since 2019.
        """));

    [Fact]
    public async Task His_after_a_profile_means_the_person_profiled()
    {
        await _bot.AskAsync("a", "who is Ivo Marsh");

        var reply = await _bot.AskAsync("a", "what's his job");

        Assert.StartsWith("Ivo Marsh: Deputy Governor", reply);
    }

    [Fact]
    public async Task His_after_a_short_answer_naming_him_means_that_person()
    {
        await _bot.AskAsync("c", "who said the discussion has started");

        var reply = await _bot.AskAsync("c", "what's his job");

        Assert.StartsWith("Ivo Marsh: Deputy Governor", reply);
    }

    [Fact]
    public async Task The_job_is_answered_when_the_person_is_named()
    {
        var reply = await _bot.AskAsync("b", "what's Ivo Marsh's job");

        Assert.StartsWith("Ivo Marsh: Deputy Governor", reply);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
