using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"What did X say / tell …" over an invented article, through the real bot: which speaker, which of their statements.</summary>
public sealed class QuoteQuestionTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Warehouse Fire Inquiry Opens at Lakeport Harbour

        A fire destroyed three warehouses at Lakeport Harbour on Sunday night.
        "The warehouses were not insured," Port Minister Ada Kowalczyk told parliament on Tuesday.
        Kowalczyk said the repairs would take a year.
        Port Director Tom Reyes said the repairs had already started.
        Reyes said the danger had been known for years. "It was in every report we wrote," Reyes said.
        A night guard, Lena Ortmann, was rescued by firefighters. "We heard the alarm far too late," Ortmann said.
        """));

    [Fact]
    public async Task Whom_a_statement_was_told_to_finds_it()
    {
        Assert.Contains("Ada Kowalczyk said: \u201CThe warehouses were not insured", await _bot.AskAsync("a", "what did the port minister tell parliament"));
    }

    [Fact]
    public async Task The_role_before_about_chooses_the_speaker()
    {
        var reply = await _bot.AskAsync("b", "what did the minister say about the repairs");
        Assert.Contains("take a year", reply);
        Assert.DoesNotContain("Which one", reply);
    }

    [Fact]
    public async Task A_described_person_before_the_verb_is_the_speaker_and_the_headline_is_what_they_spoke_about()
    {
        Assert.Contains("alarm far too late", await _bot.AskAsync("c", "what did the rescued guard say about the fire"));
    }

    [Fact]
    public async Task A_statement_going_on_with_it_is_quoted_too()
    {
        Assert.Contains("every report", await _bot.AskAsync("d", "what did reyes say about the danger"));
    }

    [Fact]
    public async Task A_named_speaker_may_be_asked_with_one_word_the_articles_never_use()
    {
        Assert.Contains("take a year", await _bot.AskAsync("e", "what did kowalczyk say about the repair timetable"));
    }

    [Fact]
    public async Task A_topic_nobody_spoke_about_is_refused()
    {
        Assert.Contains("does not cover", await _bot.AskAsync("f", "what did kowalczyk say about the weather"));
        Assert.Contains("does not cover", await _bot.AskAsync("g", "what did reyes say about the ferry timetable"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
