using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>Yes-or-no questions over an invented article, through the real bot: a denial says "No", a plain statement "Yes".</summary>
public sealed class YesNoAnswererTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Harbour Lease Dispute Deepens

        The Lakeport Harbour Board met on Monday to discuss the new lease.
        Board secretary Mira Tallis said the board had paid no fee to the contractor and declined to say whether the city had made a payment.
        "We did not sign the lease and we will not sign it," Tallis said.
        Inspectors checked 40 storage sheds on Tuesday, but nothing was found.
        The contractor, Dune Works, was paid 2 million euros last year, the board said.
        A guard said the auditors had never touched any documents.
        A magistrate in Lakeport will decide on Friday whether to close the harbour office.
        Tallis said officials were still looking for 12 crates of spare parts that no warehouse had reported receiving.
        Danish customs officers said 30 crates had been delivered to warehouses in the harbour.
        """));

    [Fact]
    public async Task A_denial_that_never_names_the_asked_place_does_not_settle_a_question_about_it()
    {
        var reply = await _bot.AskAsync("place", "did any warehouses in brenmoor receive the crates?");
        Assert.Contains("does not cover", reply);
        Assert.DoesNotContain("No \u2014", reply);
    }

    [Fact]
    public async Task A_country_the_article_names_only_by_its_demonym_is_no_unknown_place()
    {
        var reply = await _bot.AskAsync("country", "how many crates were delivered to warehouses in denmark?");
        Assert.StartsWith("30 crates", reply);
        Assert.Contains("30 crates", reply);
    }

    [Fact]
    public async Task A_sentence_that_leaves_the_outcome_to_a_later_decision_does_not_cover_it()
    {
        var reply = await _bot.AskAsync("open", "did the magistrate close the harbour office");
        Assert.Contains("does not cover", reply);
        Assert.Contains("will decide on Friday", reply);
    }

    [Fact]
    public async Task A_sentence_that_pays_no_fee_denies_paying_even_without_the_questions_other_words()
    {
        var reply = await _bot.AskAsync("a", "did the lakeport harbour board pay anything to the builders");
        Assert.StartsWith("No \u2014", reply);
        Assert.Contains("paid no fee", reply);
    }

    [Fact]
    public async Task Nothing_found_denies_finding()
    {
        var reply = await _bot.AskAsync("b", "did the inspectors find anything in the storage sheds");
        Assert.StartsWith("No \u2014", reply);
    }

    [Fact]
    public async Task A_plain_statement_affirms()
    {
        Assert.StartsWith("Yes \u2014", await _bot.AskAsync("c", "was the contractor paid"));
    }

    [Fact]
    public async Task Being_paid_neither_affirms_nor_denies_paying()
    {
        var reply = await _bot.AskAsync("d", "did the contractor pay the board");
        Assert.DoesNotContain("Yes", reply);
        Assert.DoesNotContain("No \u2014", reply);
    }

    [Fact]
    public async Task Is_going_to_asks_about_the_verb_after_it()
    {
        var reply = await _bot.AskAsync("e", "is the harbour board going to sign the lease");
        Assert.StartsWith("No \u2014", reply);
        Assert.Contains("will not sign", reply);
    }

    [Fact]
    public async Task A_denial_about_someone_else_settles_nothing()
    {
        Assert.DoesNotContain("No \u2014", await _bot.AskAsync("g", "did the inspectors pay a fee to the contractor"));
    }

    [Fact]
    public async Task A_question_that_is_not_yes_or_no_gets_no_verdict()
    {
        Assert.DoesNotContain("Yes \u2014", await _bot.AskAsync("h", "were did the contractor get paid"));
    }

    [Fact]
    public async Task A_denial_of_another_verb_settles_nothing()
    {
        Assert.DoesNotContain("No \u2014", await _bot.AskAsync("i", "did the auditors sign the documents"));
    }

    [Fact]
    public async Task A_yes_or_no_about_something_the_articles_never_mention_is_refused()
    {
        Assert.Contains("does not cover", await _bot.AskAsync("f", "did the inspectors find weapons in the mayor's office"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
