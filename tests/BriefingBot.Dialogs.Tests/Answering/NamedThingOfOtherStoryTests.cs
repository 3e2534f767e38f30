using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// A question naming a thing by its name's first words ("the tarnby port suspects" for Tarnby Port Authority) is about
/// that thing's story: a sentence of another story sharing only the noun ("the suspects face …") does not answer it
/// (invented articles).
/// </summary>
public sealed class NamedThingOfOtherStoryTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Customs Clerk Among Nine Held Over Container Bribes

        TARNBY — Police have arrested nine people, among them a customs clerk, over bribes paid to let containers through the port.
        The clerk was paid about 9,000 euros for each container, investigators said.
        The port of Tarnby handles about two million containers a year.
        They face charges of smuggling and bribery, which together carry up to 12 years in prison.
        Officials at the Tarnby Port Authority (TPA) declined to comment.
        """, """
        Rifles Seized in Raids Across Brenmoor

        BRENMOOR — Police in Brenmoor have seized 40 rifles and arrested five men in raids on three warehouses, officials said on Friday.
        The rifles had been shipped in crates marked as farm tools.
        If convicted of arms smuggling, the suspects face up to 15 years in prison.
        """));

    [Fact]
    public async Task Another_storys_suspects_do_not_answer_for_the_named_things_suspects()
    {
        var reply = await _bot.AnswerAsync("max sentence for the tarnby port suspects?");

        Assert.DoesNotContain("15 years", reply);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
