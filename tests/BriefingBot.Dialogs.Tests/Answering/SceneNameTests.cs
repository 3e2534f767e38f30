using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// A place the question names is met by a story set in a place whose name holds it, even when only another article
/// names that place alone (invented articles).
/// </summary>
public sealed class SceneNameTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Ransomware Attack Halts Cranes at Velka Port

        VELKA — A ransomware attack stopped the cranes at Velka's container port on Monday, the port authority said.
        Officials warned that other ports in the Tarn region used the same scheduling software.
        """, """
        Tarn Sea Power Cable Cut, Cargo Ship Held Over Dragged Anchor

        GRENBY — Authorities have detained a cargo ship suspected of cutting a power cable under the Tarn Sea, officials said on Wednesday.
        The cable failed at 3:40 a.m. on Sunday.
        Engineers traced the break to a point about 35 kilometres south of Porvik, a headland west of Grenby.
        """));

    [Fact]
    public async Task A_place_held_in_the_name_of_the_story_setting_is_met_by_the_story()
    {
        Assert.Contains("porvik", await _bot.AnsweredAsync("where did the tarn cable break"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
