using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// An answer must be the thing asked for, not a near neighbour in the same sentence: the number of the noun
/// counted, a measure of the dimension asked, names of what the question names, the role without a modifier
/// (invented article).
/// </summary>
public sealed class AnswerFitTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Intruders Break Into Ashford Reservoir

        ASHFORD — About 300 police officers, two drones and teams of trained dogs were searching the hills on Monday, the Ashford Reservoir Service (ARS) said.
        The intruders cut a 20-metre hole in the fence, 12 kilometres north of the town, and climbed down a shaft 45 metres deep.
        ARS spokeswoman Mara Quill said four of the intruders had been caught.
        The Valdonian vice president, Ana Velo, said the two water boards were discussing an alliance.
        """));

    [Fact]
    public async Task How_many_counts_the_noun_asked_not_the_list_item_before_it()
    {
        var answer = await _bot.AnswerAsync("how many drones were searching the hills");
        Assert.Contains("two", answer, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("300", answer);
    }

    [Fact]
    public async Task A_team_is_no_coalition()
    {
        Assert.Contains("not cover", await _bot.AnswerAsync("how many drones does the coalition have"));
    }

    [Fact]
    public async Task How_deep_takes_a_depth_and_how_far_a_distance()
    {
        Assert.Contains("45 metres", await _bot.AnswerAsync("how deep was the shaft"));
        Assert.Contains("12 kilometres", await _bot.AnswerAsync("how far from the town was the hole in the fence"));
    }

    [Fact]
    public async Task A_length_does_not_answer_how_high()
    {
        Assert.Contains("not cover", await _bot.AnswerAsync("how high was the fence"));
    }

    [Fact]
    public async Task Names_of_people_the_article_does_not_name_are_refused_not_answered_with_someone_else()
    {
        Assert.Contains("not cover", await _bot.AnswerAsync("what are the names of the four intruders who were caught"));
    }

    [Fact]
    public async Task Whos_the_president_is_not_answered_with_the_vice_president()
    {
        Assert.Contains("not cover", await _bot.AnswerAsync("who's the valdonian president"));
        Assert.Contains("not cover", await _bot.AnswerAsync("whos the valdonian president"));
    }

    [Fact]
    public async Task Teaming_up_is_an_alliance()
    {
        Assert.Contains("Velo", await _bot.AnswerAsync("who said the water boards are talking about teaming up"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
