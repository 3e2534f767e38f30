using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>Places named on the side (where a statement was made, where a firm is based) and countries never answer where an event took place or which town.</summary>
public sealed class IncidentalPlaceTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Ferry Sinks Off Northern Coast, Smugglers Held

        The police chief told reporters in Tarnow that the ferry had drifted toward the rocks.
        The Kielce-based Orlin Salvage, a diving firm hired by the owner, said the smugglers had hit at least 12 boats in Poland.
        Officers detained nine suspects in dawn raids in Lodz and Radom.
        """));

    [Fact]
    public async Task Where_a_statement_was_made_is_not_where_its_event_happened()
    {
        Assert.DoesNotContain("tarnow", await _bot.AnswerAsync("where did the ferry drift"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Where_a_firm_is_based_is_not_where_its_statement_happened()
    {
        Assert.Contains("poland", await _bot.AnswerAsync("where did the smugglers hit the boats"), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("kielce", await _bot.AnswerAsync("in which town did the smugglers hit the boats"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_country_is_no_town()
    {
        Assert.DoesNotContain("poland", await _bot.AnswerAsync("in which town did the smugglers hit the boats"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Where_the_words_before_were_told_is_on_the_side()
    {
        const string text = "\"All nine sailors are safe,\" the spokesman told reporters in Tarnow.";
        Assert.True(BriefingBot.Dialogs.Answering.IncidentalPlaces.IsOnTheSide(text, new BriefingBot.Knowledge.Model.Mention { Start = text.IndexOf("Tarnow"), Surface = "Tarnow" }));
    }

    [Fact]
    public void A_place_before_based_is_on_the_side()
    {
        const string text = "The Kielce-based Orlin Salvage said the smugglers had hit boats.";
        Assert.True(BriefingBot.Dialogs.Answering.IncidentalPlaces.IsOnTheSide(text, new BriefingBot.Knowledge.Model.Mention { Start = 4, Surface = "Kielce-based" }));
        Assert.True(BriefingBot.Dialogs.Answering.IncidentalPlaces.IsOnTheSide(text, new BriefingBot.Knowledge.Model.Mention { Start = 4, Surface = "Kielce" }));
    }

    [Fact]
    public void In_which_towns_asks_for_several()
    {
        Assert.True(BriefingBot.Dialogs.Understanding.AnswerKindClassifier.IsPlural("in which towns were the raids"));
    }

    [Fact]
    public async Task Where_a_firm_is_based_is_still_asked_with_based()
    {
        Assert.Contains("kielce", await _bot.AnswerAsync("where is orlin salvage based"), StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose() => _bot.Dispose();
}
