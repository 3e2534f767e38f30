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

    private string Ask(string question) => _bot.AskAsync(Guid.NewGuid().ToString("N"), question).Result.Split("\n\n")[0].ToLowerInvariant();

    [Fact]
    public void Cops_are_the_police()
    {
        Assert.Contains("30 rifles", Ask("what did the cops find in the warehouse"));
    }

    [Fact]
    public void A_handover_is_where_someone_was_handed_over()
    {
        Assert.Contains("velmar", Ask("where was the handover to the coast guards"));
    }

    [Fact]
    public void What_a_search_turned_up_is_what_it_found()
    {
        Assert.Contains("12 pistols", Ask("what did the scanner at the tarn docks turn up in may"));
    }

    [Fact]
    public void A_sentence_is_the_prison_term_faced()
    {
        Assert.Contains("eight years", Ask("maximum sentence for the warehouse owner if convicted"));
    }

    [Fact]
    public void Inst_is_short_for_institute()
    {
        Assert.Contains("charity", Ask("whats the harbour safety inst"));
    }

    [Fact]
    public void Tailing_someone_is_following_them()
    {
        Assert.Contains("tarn crime agency", Ask("which agency was tailing piet vos"));
    }

    [Fact]
    public void A_line_that_went_dead_failed()
    {
        Assert.Contains("sunday", Ask("when did the norlink cable go dead"));
    }

    [Fact]
    public void Getting_into_a_network_is_entering_it()
    {
        Assert.Contains("stolen password", Ask("how did the intruders get into the harbour office's network"));
    }

    [Fact]
    public void What_someone_is_accused_of_is_what_they_are_denounced_for()
    {
        Assert.Contains("beatings", Ask("what abuses is the harbour board accused of"));
    }

    [Fact]
    public void Odd_is_unusual()
    {
        Assert.Contains("june", Ask("when were the odd payments flagged"));
    }

    [Fact]
    public void Sooner_than_planned_is_early()
    {
        Assert.Contains("tip arrived", Ask("why did customs officers seize the crates sooner than planned"));
    }

    [Fact]
    public void Tracking_is_watching()
    {
        Assert.Contains("nine weeks", Ask("how long did investigators track the lorries"));
    }

    [Fact]
    public void A_prison_term_is_time_in_prison()
    {
        Assert.Contains("eight years", Ask("max prison term the warehouse owner could get"));
    }

    [Fact]
    public void Bags_are_luggage()
    {
        Assert.Contains("forged passports", Ask("what did officers find in piet vos's bags"));
    }

    [Fact]
    public void What_fell_apart_collapsed()
    {
        Assert.Contains("storm", Ask("why did the wage negotiations almost fall apart"));
    }

    public void Dispose() => _bot.Dispose();
}
