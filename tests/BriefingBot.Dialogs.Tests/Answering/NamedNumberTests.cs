using BriefingBot.Dialogs.Answering;
using BriefingBot.Dialogs.State;
using BriefingBot.Dialogs.Tests.Infrastructure;
using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// A number the question asks by is stated by a name's number ("rated as Category 2"), which the store keeps as no
/// quantity since it counts nothing (invented article).
/// </summary>
public sealed class NamedNumberTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Radioactive Gauge Stolen From Tarnby Works

        TARNBY — Thieves stole a gauge containing a radioactive source from a van in Tarnby on Saturday, police said.

        The International Radiation Agency (IRA) rates such sources as Category 2, meaning they can cause permanent injury to anyone who handles them for minutes or hours.
        """));

    [Fact]
    public void A_name_s_number_is_stated_where_the_store_keeps_no_quantity()
    {
        var message = _bot.Service<QuestionUnderstanding>().Understand("which agency classes the source as category 2", new ConversationMemory());
        var sentence = _bot.Knowledge.Articles.SelectMany(a => _bot.Knowledge.SentencesOf(a.Id)).Single(s => s.Text.Contains("Category 2"));
        Assert.True(_bot.Service<AskedFacts>().AreStatedIn(sentence.Id, message));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
