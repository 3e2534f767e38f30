using BriefingBot.Dialogs.Tests.Infrastructure;
using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// Questions in casual words an invented article does not use: a short form or trade slang for its word, "quoted" for
/// what someone said, "remind me" before the question itself, a reward "put up" for one offered.
/// </summary>
public sealed class CasualQuestionWordsTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Onion Lorries Held at Tarn Harbour

        TARN — Customs officers held 40 lorries at Tarn harbour on Monday after finding stolen copper on board.
        The copper, packed in about 680 bundles, was stacked behind onion crates in three of 12 refrigerated lorries.
        The haulier's chief executive, Ivo Brandt, said the firm would cooperate with the inquiry.
        The haulier has offered a reward of 5,000 euros for information on the copper.
        Ana Pirc, head teacher of a primary school in Tarn, said 300 children had been kept indoors while the lorries were searched.
        """));

    [Fact]
    public void A_casual_or_short_word_has_its_ordinary_word()
    {
        var vocabulary = new Vocabulary();

        Assert.Equal("children", vocabulary.PlainWord("kids"));
        Assert.Equal("cocaine", vocabulary.PlainWord("coke"));
        Assert.Equal("executive", vocabulary.PlainWord("exec"));
        Assert.Equal("refrigerated", vocabulary.PlainWord("reefer"));
        Assert.Equal("unusual", vocabulary.PlainWord("weird"));
        Assert.Contains("aerial", vocabulary.Synonyms("antenna"));
    }

    [Fact]
    public async Task A_reefer_is_a_refrigerated_container_or_lorry()
    {
        Assert.Contains("refrigerated lorries", await _bot.AnswerAsync("how many of the reefer lorries actually had copper in them"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_chief_exec_is_a_chief_executive()
    {
        Assert.Contains("ivo brandt", await _bot.AnswerAsync("who is the haulier's chief exec"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Who_is_quoted_is_who_said_it()
    {
        Assert.Contains("ana pirc", await _bot.AnswerAsync("which head teacher is quoted in the onion lorries story?"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Remind_me_only_frames_the_question()
    {
        Assert.Contains("chief executive", await _bot.AnswerAsync("remind me who ivo brandt is"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_reward_put_up_is_a_reward_offered()
    {
        Assert.Contains("5,000", await _bot.AnswerAsync("how big is the reward the haulier put up"), StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose() => _bot.Dispose();
}
