using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>Later turns of a conversation that lean on the one before, over an invented article, through the real bot.</summary>
public sealed class FollowUpTurnsTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Lakeport Ferry Strike Ends After Nine Days

        A strike by ferry crews at Lakeport ended on Tuesday after nine days.
        Transport Minister Ada Kowalczyk said the government would buy six new ferries by the end of next year.
        Port Director Tom Reyes said the night shift had only two guards on duty for 300 passengers.
        "The union was right to warn us," said Lena Ortmann, a lawyer for the crews. "The boats are old."
        Ortmann said the crews would vote again in May.
        The Ferry Safety Board (FSB) said it would inspect every boat. Its spokesman, Karl Berg, declined to say when.
        Dr. Mira Holt, a researcher at the Northern Shipping Institute (NSI), a Lakeport-based group that studies ferries, said on Monday that the boats were 40 years old.
        """));

    [Fact]
    public void By_when_asks_about_the_last_answer()
    {
        Assert.Contains("Ada Kowalczyk", _bot.AskAsync("a", "who is ada kowalczyk").Result);
        Assert.Contains("end of next year", _bot.AskAsync("a", "by when?").Result);
    }

    [Fact]
    public void What_the_person_in_focus_said_about_a_topic_in_other_words_is_their_only_statement()
    {
        Assert.Contains("Tom Reyes", _bot.AskAsync("b", "who is tom reyes").Result);
        Assert.Contains("two guards", _bot.AskAsync("b", "what did he say about staffing").Result);
    }

    [Fact]
    public void A_person_in_focus_who_said_several_things_is_not_quoted_on_a_topic_none_of_them_names()
    {
        Assert.Contains("Lena Ortmann", _bot.AskAsync("c", "who is lena ortmann").Result);
        Assert.Contains("does not cover", _bot.AskAsync("c", "what did she say about staffing").Result);
    }

    [Fact]
    public void Who_works_there_after_where_an_organisation_is_based_asks_for_its_people()
    {
        Assert.Contains("Northern Shipping Institute", _bot.AskAsync("d", "what is the nsi").Result);
        Assert.Contains("Lakeport", _bot.AskAsync("d", "where is it based").Result);
        var headline = _bot.AskAsync("d", "who works there?").Result.Split('\n')[0];
        Assert.Contains("Mira Holt", headline);
        Assert.DoesNotContain("Monday", headline);
    }

    [Fact]
    public void Who_speaks_for_it_asks_for_the_spokesman_of_the_thing_in_focus()
    {
        Assert.Contains("Ferry Safety Board", _bot.AskAsync("e", "what is the fsb").Result);
        Assert.Contains("Karl Berg", _bot.AskAsync("e", "who speaks for it").Result);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
