using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>Quantities that answer a question in other words: a length given for a named link, arrests counted by their verb.</summary>
public sealed class QuantityOfAskedThingTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Pipeline Damaged Off Northern Coast, Police Arrest Smugglers

        KORSO — The 90-kilometre Brillan Link, which carries gas to the islands, failed on Sunday.
        Divers found a 20-metre gash near the old harbour wall.
        Police arrested 14 people and seized two boats in raids along the coast.
        The smugglers had raided three warehouses in the spring.
        """));

    private static bool IsRefusal(string reply) => reply.Contains("does not cover", StringComparison.Ordinal);

    [Fact]
    public async Task How_long_is_a_named_thing_takes_the_length_before_its_name()
    {
        Assert.Contains("90-kilometre", await _bot.AnswerAsync("how long is the brillan pipeline"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task How_long_is_a_thing_at_a_place_takes_its_length()
    {
        Assert.Contains("20-metre", await _bot.AnswerAsync("how long was the gash near the harbour wall"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task How_many_arrests_is_the_number_of_people_arrested()
    {
        Assert.Contains("14", await _bot.AnswerAsync("how many arrests in the raids"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_number_of_things_done_to_is_no_count_of_the_deed()
    {
        Assert.DoesNotContain("three", await _bot.AnswerAsync("how many raids did the smugglers carry out"), StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose() => _bot.Dispose();
}
