using BriefingBot.Dialogs.Tests.Infrastructure;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Tests.Understanding;

/// <summary>
/// "The Harbours and Tolls Agency" is an agency: its first word is no noun that refers to it, so "the harbours guy" of
/// another story is not read as the agency. Over an invented article.
/// </summary>
public sealed class OrganisationNameHeadTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Tollbooth Cameras Stolen at Varn Bridge

        VARN — Cameras were stolen from the tollbooths of the Varn bridge on Sunday, the Harbours and Tolls Agency (HTA) said.
        """));

    [Fact]
    public void An_agency_named_with_and_is_headed_by_its_last_word()
    {
        var words = _bot.Service<EntityWordIndex>();

        Assert.True(words.IsHead(TermAnalyzer.Stem("agency")));
        Assert.False(words.IsHead(TermAnalyzer.Stem("harbours")));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
