using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>Questions that use an informal, short or compound word for the article's word, or a two-word verb it never uses.</summary>
public sealed class PlainWordQuestionTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Rifles Found in Harbour Warehouse

        TARN — Police officers found 30 rifles in a rented warehouse in Tarn on Monday, prosecutors said.
        A scanner at the Tarn docks found 12 pistols in a crate of tiles in May.
        The two sailors were handed over to coast guards in the town of Velmar on Friday.
        The warehouse owner faces up to eight years in prison if convicted of smuggling.
        Experts from the Harbour Safety Institute, a charity that trains dock workers, examined the crates.
        Detectives from the Tarn Crime Agency followed Piet Vos for six weeks before the raid.
        The Norlink cable failed at 4:10 a.m. on Sunday, the grid operator said.
        The intruders entered the harbour office's network through a stolen password in March.
        Auditors flagged unusual payments from the harbour fund in June.
        Customs officers seized the crates early because a tip arrived from a dock worker.
        A second inspection is planned for April.
        Investigators watched the gang's lorries for nine weeks.
        Officers found two forged passports in Piet Vos's luggage.
        The wage talks almost collapsed in May, after a storm closed the harbour for a week.
        The union has denounced the harbour board for its cruelty, which included beatings and threats, among other abuses.
        """));

    [Fact]
    public async Task Cops_are_the_police()
    {
        Assert.Contains("30 rifles", await _bot.AnswerAsync("what did the cops find in the warehouse"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_handover_is_where_someone_was_handed_over()
    {
        Assert.Contains("velmar", await _bot.AnswerAsync("where was the handover to the coast guards"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task What_a_search_turned_up_is_what_it_found()
    {
        Assert.Contains("12 pistols", await _bot.AnswerAsync("what did the scanner at the tarn docks turn up in may"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_sentence_is_the_prison_term_faced()
    {
        Assert.Contains("eight years", await _bot.AnswerAsync("maximum sentence for the warehouse owner if convicted"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Inst_is_short_for_institute()
    {
        Assert.Contains("charity", await _bot.AnswerAsync("whats the harbour safety inst"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Tailing_someone_is_following_them()
    {
        Assert.Contains("tarn crime agency", await _bot.AnswerAsync("which agency was tailing piet vos"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_line_that_went_dead_failed()
    {
        Assert.Contains("sunday", await _bot.AnswerAsync("when did the norlink cable go dead"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Getting_into_a_network_is_entering_it()
    {
        Assert.Contains("stolen password", await _bot.AnswerAsync("how did the intruders get into the harbour office's network"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task What_someone_is_accused_of_is_what_they_are_denounced_for()
    {
        Assert.Contains("beatings", await _bot.AnswerAsync("what abuses is the harbour board accused of"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Odd_is_unusual()
    {
        Assert.Contains("june", await _bot.AnswerAsync("when were the odd payments flagged"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Sooner_than_planned_is_early()
    {
        Assert.Contains("tip arrived", await _bot.AnswerAsync("why did customs officers seize the crates sooner than planned"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Tracking_is_watching()
    {
        Assert.Contains("nine weeks", await _bot.AnswerAsync("how long did investigators track the lorries"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_prison_term_is_time_in_prison()
    {
        Assert.Contains("eight years", await _bot.AnswerAsync("max prison term the warehouse owner could get"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Bags_are_luggage()
    {
        Assert.Contains("forged passports", await _bot.AnswerAsync("what did officers find in piet vos's bags"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task What_fell_apart_collapsed()
    {
        Assert.Contains("storm", await _bot.AnswerAsync("why did the wage negotiations almost fall apart"), StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose() => _bot.Dispose();
}
