using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "Which group claimed the fires" is answered only from a sentence using the asked verb itself, not a synonym: the rail
/// operator of "He said about 2.6 kilometres of cable had been burned" (the real articles) claimed nothing.
/// </summary>
public sealed class OrganisationOfAskedVerbTests : IDisposable
{
    private readonly BotUnderTest _bot = new();

    [Fact]
    public async Task A_group_from_a_sentence_that_only_says_something_did_not_claim_the_act()
    {
        // The first line is the answer (or the refusal): a refusal's suggestions below it may name anyone.
        Assert.DoesNotContain("Rail Network Belgium", (await _bot.AskAsync("a", "which group claimed the rail cable fires around Brussels?")).Split('\n')[0]);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
