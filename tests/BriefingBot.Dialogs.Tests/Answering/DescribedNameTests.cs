using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"What was the trawler called": the name of the one thing the question describes.</summary>
public sealed class DescribedNameTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Trawler Jams Radar Off Tarnby, Skipper Charged

        TARNBY — A trawler skipper has been charged with jamming the radar of the Tarnby Coast Guard, police said on Friday.
        Officers went aboard the Panama-flagged trawler Grey Heron on Wednesday and found a jammer in the fish hold.
        The jamming left the fishing boat Sea Lark on the rocks.
        The skipper, 51-year-old Jan Holm, said he had been paid to carry the equipment.
        A judge in Tarnby on Saturday ordered the skipper held in custody for a month.
        """, """
        Two Held Over Fire at Brenmoor Depot

        BRENMOOR — Police have arrested a man over a fire that destroyed a bus depot in Brenmoor on Monday.
        A 30-year-old woman who was detained with him was released without charge on Tuesday.
        Police said the case was being treated as arson.
        """, """
        Cook Held Over Poisoned Soup at Velm Embassy

        VELM — A cook has been arrested after a diplomat fell ill at the Velm embassy.
        The cook, a 44-year-old woman identified as Ida Brek, worked in the embassy kitchen.
        She was arrested on Friday at her flat.
        Ida Brek had met a courier the day before at the Birch Cafe in Velm.
        """, """
        Lorry Driver Held Over Stolen Copper at Orsa Yard

        ORSA — Police have arrested a lorry driver over the theft of 12 tonnes of copper from a scrap yard in Orsa.
        Ola Sand, who runs a cafe opposite the yard, said the lorry had come at night.
        """));

    [Theory]
    [InlineData("what was the trawler called")]
    [InlineData("what's the name of the trawler that jammed the Tarnby Coast Guard radar")]
    [InlineData("name of the trawler that jammed the tarnby coast guard radar?")]
    [InlineData("what's the trawler in the tarnby jamming case called?")]
    [InlineData("name of the trawler doing the jamming off tarnby?")]
    public async Task The_name_of_a_described_thing_is_the_thing_the_description_found(string question)
    {
        var reply = await _bot.AnswerAsync(question);

        Assert.StartsWith("Grey Heron", reply);
        Assert.DoesNotContain("Wednesday", reply.Split('>')[0]);
    }

    [Fact]
    public async Task A_description_qualified_by_another_thing_is_not_the_thing_the_description_found()
    {
        Assert.DoesNotContain("Jan Holm", await _bot.AnswerAsync("what's the name of the skipper of the Sea Lark"));
    }

    [Fact]
    public async Task A_question_opening_with_name_of_wants_a_name_not_the_sentence_about_the_unnamed_one()
    {
        Assert.Contains("does not cover", await _bot.AnswerAsync("name of the judge who ordered the skipper held?"));
    }

    [Fact]
    public async Task A_described_one_whose_story_never_says_the_qualifying_words_is_not_named()
    {
        var reply = await _bot.AnswerAsync("what is the name of the woman who was released without charge");

        Assert.DoesNotContain("Ida Brek", reply);
    }

    [Fact]
    public async Task A_described_one_whose_story_says_the_qualifying_words_is_named()
    {
        Assert.StartsWith("Ida Brek", await _bot.AnswerAsync("what is the name of the woman who was arrested at her flat"));
    }

    [Fact]
    public async Task A_bare_description_after_a_question_about_another_story_names_nothing_of_a_third()
    {
        Assert.StartsWith("Ola Sand", await _bot.AskAsync("c1", "who runs the cafe opposite the orsa yard?"));
        Assert.Contains("does not cover", await _bot.AskAsync("c1", "what's the cafe called"));
    }

    public void Dispose() => _bot.Dispose();
}
