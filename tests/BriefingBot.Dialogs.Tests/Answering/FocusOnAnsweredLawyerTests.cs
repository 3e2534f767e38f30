using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"Who is Roe's lawyer?" answered NAME: the next "she" is the lawyer, not Roe, over an invented article.</summary>
public sealed class FocusOnAnsweredLawyerTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Port Clerk Held Over Smuggled Watches in Tarvo

        TARVO — Police arrested a port clerk and two drivers over a shipment of smuggled watches, officials said on Tuesday.

        The clerk, a 44-year-old identified only as Karl M., was arrested at his home on Monday.
        Karl M.'s lawyer, Ana Prates, said her client was innocent.
        """));

    [Fact]
    public async Task She_after_the_lawyer_answered_is_the_lawyer_whose_age_is_not_given()
    {
        Assert.StartsWith("Ana Prates", await _bot.AskAsync("a", "who is karl m.'s lawyer"));
        Assert.StartsWith("Sorry", await _bot.AskAsync("a", "how old is she"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
