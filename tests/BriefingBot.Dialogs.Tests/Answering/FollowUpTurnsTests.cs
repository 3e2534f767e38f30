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
        Finance Minister Omar Lind said the city would spend 40 million euros over five years on new piers.
        Harbour historian Ivo Brandt said the strike recalled the Old Mill Bridge, which was shut for about 12 days in 1998.
        Police Chief Nils Aho said 80 extra officers would guard the docks until the end of the harvest fair.
        Dr. Mira Holt, a researcher at the Northern Shipping Institute (NSI), a Lakeport-based group that studies ferries, said on Monday that the boats were 40 years old.
        """));

    [Fact]
    public async Task By_when_asks_about_the_last_answer()
    {
        Assert.Contains("Ada Kowalczyk", await _bot.AskAsync("a", "who is ada kowalczyk"));
        Assert.Contains("end of next year", await _bot.AskAsync("a", "by when?"));
    }

    [Fact]
    public async Task What_the_person_in_focus_said_about_a_topic_in_other_words_is_their_only_statement()
    {
        Assert.Contains("Tom Reyes", await _bot.AskAsync("b", "who is tom reyes"));
        Assert.Contains("two guards", await _bot.AskAsync("b", "what did he say about staffing"));
    }

    [Fact]
    public async Task A_person_in_focus_who_said_several_things_is_not_quoted_on_a_topic_none_of_them_names()
    {
        Assert.Contains("Lena Ortmann", await _bot.AskAsync("c", "who is lena ortmann"));
        Assert.Contains("does not cover", await _bot.AskAsync("c", "what did she say about staffing"));
    }

    [Fact]
    public async Task Who_works_there_after_where_an_organisation_is_based_asks_for_its_people()
    {
        Assert.Contains("Northern Shipping Institute", await _bot.AskAsync("d", "what is the nsi"));
        Assert.Contains("Lakeport", await _bot.AskAsync("d", "where is it based"));
        var headline = (await _bot.AskAsync("d", "who works there?")).Split('\n')[0];
        Assert.Contains("Mira Holt", headline);
        Assert.DoesNotContain("Monday", headline);
    }

    [Fact]
    public async Task Who_speaks_for_it_asks_for_the_spokesman_of_the_thing_in_focus()
    {
        Assert.Contains("Ferry Safety Board", await _bot.AskAsync("e", "what is the fsb"));
        Assert.Contains("Karl Berg", await _bot.AskAsync("e", "who speaks for it"));
    }

    [Fact]
    public async Task Over_how_many_years_asks_for_the_span_of_the_last_answer_not_its_sum()
    {
        Assert.Contains("Omar Lind", await _bot.AskAsync("f", "who is omar lind"));
        Assert.Contains("40 million", await _bot.AskAsync("f", "what did he say"));
        var headline = (await _bot.AskAsync("f", "over how many years")).Split('\n')[0];
        Assert.Contains("five years", headline);
        Assert.DoesNotContain("40 million", headline);
    }

    [Fact]
    public async Task It_after_a_persons_answer_is_what_the_answer_named_and_its_span_is_in_the_cited_sentence()
    {
        Assert.Contains("Ivo Brandt", await _bot.AskAsync("g", "who is ivo brandt"));
        Assert.Contains("Old Mill Bridge", await _bot.AskAsync("g", "what did he say"));
        Assert.Contains("12 days", (await _bot.AskAsync("g", "how long was it closed")).Split('\n')[0]);
    }

    [Fact]
    public async Task Until_when_is_answered_by_the_words_after_until_in_the_last_answers_sentence()
    {
        Assert.Contains("Nils Aho", await _bot.AskAsync("h", "who is nils aho"));
        Assert.Contains("80", await _bot.AskAsync("h", "how many extra officers is he sending"));
        Assert.Contains("end of the harvest fair", (await _bot.AskAsync("h", "until when?")).Split('\n')[0]);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
