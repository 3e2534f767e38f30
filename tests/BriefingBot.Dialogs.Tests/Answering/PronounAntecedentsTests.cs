using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>A "him" or "his" in a question that names its person by a noun, or asks "who", over an invented article.</summary>
public sealed class PronounAntecedentsTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Two Engineers Held Over Radar Leak

        Police arrested Jan Visser, a 41-year-old engineer, and Piet Bakker, a 38-year-old engineer, in Delft on Monday.
        Police said officers had watched the older engineer for four months before arresting him.
        The older engineer had met his handlers six times in Athens, police said.
        A welder, Milan Novak, burned his hands at the scrap yard on Friday.
        Police said the handler of the older engineer was Ivan Petrov, a diplomat.
        """));

    [Fact]
    public async Task A_him_after_a_noun_the_articles_describe_a_person_by_refers_to_it()
    {
        Assert.Contains("four months", await _bot.AskAsync("a", "how long did officers watch the engineer before arresting him"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_his_refers_to_a_person_noun_of_the_question()
    {
        Assert.Contains("Athens", await _bot.AskAsync("b", "where did the engineer meet his handlers"));
    }

    [Fact]
    public async Task A_his_in_a_who_question_refers_to_the_asked_person()
    {
        Assert.Contains("Novak", await _bot.AskAsync("c", "who burned his hands at the scrap yard"));
    }

    [Fact]
    public async Task A_him_with_only_a_plural_noun_before_it_is_still_a_stranger()
    {
        Assert.Contains("does not cover", await _bot.AskAsync("d", "how long did officers watch the engineers before arresting him"));
    }

    [Fact]
    public async Task The_noun_just_after_his_is_not_whom_his_means()
    {
        Assert.Contains("does not cover", await _bot.AskAsync("e", "when was his engineer arrested"));
    }

    [Fact]
    public async Task A_his_in_who_was_his_asks_about_someone_else()
    {
        Assert.Contains("does not cover", await _bot.AskAsync("f", "who was his handler"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
