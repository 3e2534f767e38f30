using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "Who is the freed hostage" names no office: when no one's role says it, the sentences may still tell who. "Who is the
/// mayor" names an office no one in the articles holds, and stays unanswered.
/// </summary>
public sealed class WhoIsTheUnofficialNounTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Four Aid Workers Freed in Ruritania After 60 Days in Captivity

        BRILL — Four aid workers kidnapped in northern Ruritania last winter have been freed after 60 days in captivity, the charity said on Thursday.
        They are a Belgian nurse, a Kenyan driver and two local guards.
        The Belgian nurse, 29-year-old Anouk Peeters, told reporters at Brill airport that the hostages had been moved at least 14 times, usually at night.
        """));

    [Fact]
    public async Task A_noun_no_role_holds_is_looked_for_in_the_sentences()
    {
        Assert.Contains("Peeters", await _bot.AnswerAsync("who is the belgian hostage that was freed"));
    }

    [Fact]
    public async Task An_office_no_one_holds_stays_unanswered()
    {
        Assert.Contains("does not cover", await _bot.AnswerAsync("who is the mayor of brill"));
    }

    public void Dispose() => _bot.Dispose();
}
