using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"What nationality is X" is answered by the people's name beside X, never by someone else's or by a whole sentence (invented article).</summary>
public sealed class NationalityQuestionTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Jamming Trawler Crew Charged

        PORTHAVEN — The skipper, 51-year-old Danish national Jon Brask, and the technician, 38-year-old Ivo Petrov, who holds a Cypriot passport, appeared in court on Friday.
        The trawler's other six crew members were questioned and released.
        Eight of the ferry's crew, among them the captain, a 58-year-old Georgian national, were banned from leaving the port.
        """));

    [Theory]
    [InlineData("what nationality is Jon Brask", "Danish")]
    [InlineData("what passport does Ivo Petrov hold", "Cypriot")]
    [InlineData("what nationality is the captain of the ferry", "Georgian")]
    public async Task The_nationality_beside_the_asked_person_is_the_answer(string question, string nationality)
    {
        var answer = await _bot.AnswerAsync(question);

        Assert.StartsWith(nationality, answer);
    }

    [Fact]
    public async Task Where_a_person_is_from_is_their_nationality_when_no_place_follows_from()
    {
        Assert.StartsWith("Danish", await _bot.AnswerAsync("where is Jon Brask from"));
    }

    [Fact]
    public async Task A_person_named_beside_anothers_nationality_is_not_given_it()
    {
        Assert.DoesNotContain("Danish", await _bot.AnswerAsync("what nationality is Ivo Petrov"));
    }

    [Fact]
    public async Task A_group_no_sentence_gives_a_nationality_is_not_answered()
    {
        Assert.Contains("does not cover", await _bot.AnswerAsync("what nationality are the other six crew members"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
