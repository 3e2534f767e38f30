using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// A follow-up that speaks of the person in focus as "he" or "she" in other words than the article's: the pronoun is one
/// more asked word, met by the sentences about that person (invented article).
/// </summary>
public sealed class PronounFollowUpTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Dock Raids Net Smuggling Ring

        Police in Tarnland raided six warehouses at the port of Vell on Tuesday.
        Chief Prosecutor Ana Roe spoke to reporters at a news conference in Marrow on Wednesday.
        "Twelve suspects have been detained and will appear in court next week," Roe said.
        Customs chief Piet Lund said his officers had checked every container from the port for two weeks.
        """));

    [Fact]
    public async Task Where_she_held_her_news_conference_is_answered_by_her_sentence_naming_it_in_other_words()
    {
        Assert.Contains("Ana Roe", await _bot.AskAsync("a", "who is ana roe"));

        var headline = (await _bot.AskAsync("a", "where did she hold her news conference")).Split('\n')[0];

        Assert.Contains("Marrow", headline);
    }

    [Fact]
    public async Task How_many_suspects_she_said_were_held_is_answered_by_her_sentence_saying_detained()
    {
        Assert.Contains("Ana Roe", await _bot.AskAsync("b", "who is ana roe"));

        var headline = (await _bot.AskAsync("b", "how many suspects did she say were held")).Split('\n')[0];

        Assert.Contains("Twelve", headline, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_follow_up_about_him_meeting_none_of_its_own_words_stays_refused()
    {
        Assert.Contains("Piet Lund", await _bot.AskAsync("c", "who is piet lund"));

        Assert.Contains("does not cover", await _bot.AskAsync("c", "how many ships did he board at sea"));
    }

    public void Dispose() => _bot.Dispose();
}
