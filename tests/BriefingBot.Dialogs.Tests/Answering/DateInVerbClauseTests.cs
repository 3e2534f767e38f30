using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>A date answers a when-question only in the clause of the question's verb (invented articles).</summary>
public sealed class DateInVerbClauseTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Clerks Released After Long Detention

        Two clerks detained in northern Chile last May were released on Friday, their lawyer said.
        The lawyer said the clerks were tired but well.
        """, """
        Couriers Home After Months Abroad

        Three couriers arrested in southern Peru last June have been freed, their employer said on Thursday.
        Officials counted nine arrests of foreign couriers in the region last year.
        """));

    [Fact]
    public async Task The_release_date_is_the_one_after_the_release_verb()
    {
        var answer = (await _bot.AskAsync("a", "when were the clerks released")).Split("\n\n")[0];
        Assert.Contains("Friday", answer);
        Assert.DoesNotContain("May", answer);
    }

    [Fact]
    public async Task The_detention_date_is_the_one_after_the_detention_verb()
    {
        var answer = (await _bot.AskAsync("b", "when were the clerks detained")).Split("\n\n")[0];
        Assert.Contains("May", answer);
        Assert.DoesNotContain("Friday", answer);
    }

    [Fact]
    public async Task Dates_of_other_verbs_and_sentences_without_the_verb_do_not_answer()
    {
        var answer = (await _bot.AskAsync("c", "when were the couriers freed")).Split("\n\n")[0];
        Assert.DoesNotContain("June", answer);
        Assert.DoesNotContain("Thursday", answer);
        Assert.DoesNotContain("last year", answer);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
