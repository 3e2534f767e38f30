using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>What "its", "them" and an elliptical follow-up mean after an answer, over an invented article, through the real bot.</summary>
public sealed class FollowUpFocusTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Guards Walk Out at Greyrock Prison Over Staff Shortages

        Guards at Greyrock Prison stopped work on Friday after months of complaints about staff shortages.
        The National Guards Union (NGU) warned in March that Greyrock Prison was short of 200 guards.
        "We wrote to the ministry four times," NGU President Paul Serra said.
        Eva Lund, president of the Shopkeepers Association, said the town's shops had lost customers.
        Justice Minister Hana Vik said the government would hire 300 new guards by the end of next year.
        The prison holds 950 inmates, most of them from Northport.
        Its kitchen at Millbrook is run by the Lowland Catering Company (LCC), a private firm.
        LCC Chief Executive Anna Berg said the kitchen would stay open.
        A former cook demanded 2 million kronor, about 180,000 euros, in back pay, police said.
        The supply boat Grey Tern, with a crew of 14, most of them from Eastmoor, was held in the harbour.
        """));

    [Fact]
    public async Task Its_after_an_organisation_answered_about_a_place_means_the_organisation()
    {
        Assert.Contains("National Guards Union", await _bot.AskAsync("a", "which union warned about staff shortages at greyrock prison"));
        Assert.Contains("Paul Serra", (await _bot.AskAsync("a", "who is its president")).Split('\n')[0]);
    }

    [Fact]
    public async Task Its_after_an_organisation_answering_who_runs_a_place_means_the_organisation()
    {
        Assert.Contains("Lowland Catering Company", await _bot.AskAsync("b", "who runs the kitchen at millbrook?"));
        Assert.Contains("Anna Berg", (await _bot.AskAsync("b", "who's its boss?")).Split('\n')[0]);
    }

    [Fact]
    public async Task Where_most_of_them_are_from_is_said_right_after_the_count()
    {
        Assert.Contains("950", await _bot.AskAsync("c", "how many inmates does the prison hold"));
        Assert.Contains("Northport", (await _bot.AskAsync("c", "where are most of them from?")).Split('\n')[0]);
    }

    [Fact]
    public async Task Where_most_of_them_are_from_is_refused_when_no_sentence_of_the_count_says_so()
    {
        Assert.Contains("300", await _bot.AskAsync("d", "how many new guards will the government hire"));
        Assert.Contains("does not cover", await _bot.AskAsync("d", "where are most of them from?"));
    }

    [Fact]
    public async Task Aboard_is_no_topic_word_a_crew_sentence_must_use()
    {
        Assert.Contains("14", await _bot.AskAsync("e", "how many crew were aboard the grey tern?"));
        Assert.Contains("Eastmoor", (await _bot.AskAsync("e", "where were most of them from")).Split('\n')[0]);
    }

    [Fact]
    public async Task And_in_euros_is_the_same_sum_in_the_last_answers_sentence()
    {
        Assert.Contains("2 million kronor", await _bot.AskAsync("f", "how much did the former cook demand?"));
        Assert.Contains("180,000 euros", (await _bot.AskAsync("f", "and in euros?")).Split('\n')[0]);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
