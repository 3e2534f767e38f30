using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"Need" ends like a past form but is none: a date in a sentence without it is not another verb's for that.</summary>
public sealed class NeedIsNoPastFormTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Delivery Drones Must Carry Beacons After Crash

        The transport minister said all delivery drones in the country would have to carry beacons from March next year.
        The injured courier will need surgery within days, doctors said on Monday.
        """));

    [Fact]
    public async Task From_when_drones_need_beacons_is_the_date_of_the_rule() =>
        Assert.Contains("march", await _bot.AnswerAsync("from when do delivery drones need beacons"), StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
