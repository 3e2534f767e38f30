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

    private string Ask(string question) => _bot.AskAsync(Guid.NewGuid().ToString("N"), question).Result.Split("\n\n")[0].ToLowerInvariant();

    private static bool IsRefusal(string reply) => reply.Contains("does not cover", StringComparison.Ordinal);

    [Fact]
    public void How_long_is_a_named_thing_takes_the_length_before_its_name()
    {
        Assert.Contains("90-kilometre", Ask("how long is the brillan pipeline"));
    }

    [Fact]
    public void How_long_is_a_thing_at_a_place_takes_its_length()
    {
        Assert.Contains("20-metre", Ask("how long was the gash near the harbour wall"));
    }

    [Fact]
    public void How_many_arrests_is_the_number_of_people_arrested()
    {
        Assert.Contains("14", Ask("how many arrests in the raids"));
    }

    [Fact]
    public void A_number_of_things_done_to_is_no_count_of_the_deed()
    {
        Assert.DoesNotContain("three", Ask("how many raids did the smugglers carry out"));
    }

    public void Dispose() => _bot.Dispose();
}
