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

    public void Dispose() => _bot.Dispose();
}
