using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"He" asked about after a profile is not answered from a sentence about another person that only describes him (invented articles).</summary>
public sealed class OtherPeoplesSentencesTests : IDisposable
{
    private const string Depot = """
        Rifles Stolen From Tarnby Army Depot, Two Soldiers Held

        The first suspect, a 26-year-old corporal identified only as Ola B., was arrested on Thursday at his barracks in Norby.
        Two days after the corporal was arrested, officers detained a 31-year-old sergeant, Per K., who kept the depot's stock records, at his home in Selby.
        """;

    private readonly BotUnderTest _bot = new(InventedArticles.Load(Depot));

    [Fact]
    public async Task Where_he_was_arrested_comes_from_the_sentence_naming_him_not_from_another_persons_arrest()
    {
        Assert.Contains("26", await _bot.AskAsync("a", "how old is Ola B."));

        var reply = await _bot.AskAsync("a", "where was he picked up?");

        Assert.True(reply.Contains("Norby") && !reply.Contains("Selby"), reply);
    }

    public void Dispose() => _bot.Dispose();
}
