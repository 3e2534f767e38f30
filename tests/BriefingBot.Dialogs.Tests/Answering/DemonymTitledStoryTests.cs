using BriefingBot.Dialogs.Tests.Infrastructure;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Dialogs.State;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// A story may name its country only by the demonym of its title ("Estonian Schools"): a question naming the country
/// by name is about that story, and the country's name ending the question is no verb (invented articles).
/// </summary>
public sealed class DemonymTitledStoryTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Hoax Emails Shut 200 Estonian Schools

        TARNBY — Hoax bomb emails closed 200 schools across the country on Monday, police said.

        The Interior Ministry put the cost of the searches and police overtime at about 500,000 euros.
        """, """
        Smugglers Held at Ferry Port

        MARVEL — Police searched homes in Estonia and Latvia on Friday and held three smugglers.
        """));

    [Fact]
    public async Task A_country_named_only_by_its_demonym_in_the_title_is_the_story_s_country()
    {
        var reply = await _bot.AnswerAsync("what did the searches and overtime cost estonia?");
        Assert.True(reply.Contains("500,000"), reply);
    }

    [Fact]
    public void A_name_ending_the_question_is_no_verb()
    {
        var message = _bot.Service<QuestionUnderstanding>().Understand("what did the searches and overtime cost estonia?", new ConversationMemory());
        Assert.Null(message.MainVerb);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
