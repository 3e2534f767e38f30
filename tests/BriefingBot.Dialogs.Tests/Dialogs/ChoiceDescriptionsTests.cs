using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Dialogs;

/// <summary>After "Ann Roe or Bo Lind?", a reply describing one of them by role picks that one (invented article).</summary>
public sealed class ChoiceDescriptionsTests : IDisposable
{
    private const string Flood = """
        Storm Floods Tarnby Harbour

        TARNBY — A storm flooded the harbour of Tarnby on Monday and closed its docks for two days.
        "The water came faster than in any storm I remember," Harbour Director Ann Roe said.
        "The state will pay for every metre of the broken quay walls," Finance Director Bo Lind said.
        """;

    private readonly BotUnderTest _bot = new(InventedArticles.Load(Flood));

    [Fact]
    public async Task A_reply_naming_a_word_of_one_role_picks_that_person()
    {
        Assert.Contains("Several answers fit", await _bot.AskAsync("a", "what did the director say about the flood"));

        var reply = await _bot.AskAsync("a", "the harbour one");

        Assert.Contains("water came faster", reply);
    }

    [Fact]
    public async Task A_reply_naming_a_word_of_the_sentence_introducing_a_person_without_a_stored_role_picks_that_person()
    {
        using var bot = new BotUnderTest(InventedArticles.Load("""
            Doctors Warn After Storm Hits Tarnby

            TARNBY — A storm flooded the town of Tarnby on Monday.
            Dr. Ona Sirvyde, 51, head of the town's flood team, said the storm had come at night.
            Dr. Tomas Varna, a researcher at the Centre for Flood Safety (CFS) at Tarn University, said the storm was the worst in ten years.
            Senior Researcher Ivo Lamm of the Tarn Coast Institute said the harbour wall had held.
            """));
        var first = await bot.AskAsync("b", "what did the doctor say about the storm");
        Assert.True(first.Contains("Several answers fit"), first);

        var reply = await bot.AskAsync("b", "the researcher one");

        Assert.Contains("ten years", reply);
    }

    [Fact]
    public async Task A_question_about_her_is_no_description_of_a_choice()
    {
        using var bot = new BotUnderTest(InventedArticles.Load("""
            Storm Floods Tarnby Harbour

            TARNBY — A storm flooded the harbour of Tarnby on Monday and closed its docks for two days.
            "The water came faster than in any storm I remember," Harbour Director Ann Roe said.
            "The state will pay for every metre of the broken quay walls," Finance Director Bo Lind, a 44-year-old economist, said.
            """));
        var first = await bot.AskAsync("c", "what did the director say about the flood");
        Assert.True(first.Contains("Several answers fit"), first);

        var reply = await bot.AskAsync("c", "how old is she");

        Assert.DoesNotContain("quay walls", reply.Split("\n\n")[0]);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
