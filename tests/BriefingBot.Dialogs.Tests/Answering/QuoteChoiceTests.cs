using BriefingBot.Dialogs.Answering;
using BriefingBot.Dialogs.State;
using BriefingBot.Dialogs.Tests.Infrastructure;
using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>Which statement a "what did X say" question gets: who the words before the verb describe, a sourced fact last, the story's words.</summary>
public sealed class QuoteChoiceTests : IDisposable
{
    private const string Article = """
        Harbour Guard Held Over Warehouse Losses

        A fire destroyed three warehouses at Lakeport Harbour on Sunday night.
        The night guard, Lena Ortmann, was arrested on Monday over the fire.
        Her lawyer, Erik Sand, asked for her release on Tuesday.
        The hearing is set for Friday, Sand said.
        Sand said his client thought the alarm was a drill. "My client is no arsonist," Sand said.
        The Harbour Safety Institute, a Lakeport think tank, said port fires had doubled since 2020.
        Firefighters needed six hours to put out the fire.
        """;

    private readonly BotUnderTest _bot = new(InventedArticles.Load(Article));

    [Fact]
    public void Words_after_the_verb_say_what_was_said_not_who_said_it()
    {
        var guard = _bot.Knowledge.Entities.Single(e => e.Name == "Lena Ortmann");
        var message = _bot.Service<QuestionUnderstanding>().Understand("what does he say his client thought", new ConversationMemory { FocusPersonId = guard.Id });

        var found = _bot.Service<QuoteAnswerer>().Find(message);

        Assert.Contains("Erik Sand", found.First().Text);
    }

    [Fact]
    public async Task Of_statements_that_fit_alike_a_fact_merely_sourced_to_the_speaker_comes_last()
    {
        var reply = await _bot.AskAsync("a", "what did sand say");

        Assert.Contains("Erik Sand said", reply);
        Assert.DoesNotContain("hearing is set", reply.Split('>')[0]);
    }

    [Fact]
    public async Task What_a_named_speaker_says_in_a_story_is_about_what_the_story_tells_again_and_again()
    {
        Assert.Contains("Erik Sand said", await _bot.AskAsync("b", "what did sand say about the fire"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
