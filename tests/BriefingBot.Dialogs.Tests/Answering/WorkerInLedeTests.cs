using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>A lede's unnamed "boatyard worker" answered with the person the article later describes by a job "at the yard", over invented articles.</summary>
public sealed class WorkerInLedeTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Toxic Drum Leaks at Brenmoor Boatyard

        BRENMOOR — Police in Tarnby are questioning two men over a stolen drum of solvent, officials said on Monday, after a boatyard worker who opened it was taken to hospital with chemical burns to his arms.

        The drum was left at the yard on Saturday. A crane driver at the yard, 44-year-old Piet Holm, then cut the lid off and poured the liquid into a bucket.
        Doctors expect him to recover within a month, said Ada Venn, head of the hospital's emergency department.
        """, """
        Gas Leak Closes Kelso Quay

        KELSO — Firefighters sealed a leaking gas tank at Kelso quay on Friday, after a warehouse worker who found it was taken to hospital with frostbite to his hands.

        The tank had stood at the quay for a week. A crane driver at the quay, 39-year-old Jon Tarrant, had moved it there on Monday.
        """));

    [Fact]
    public async Task The_unnamed_worker_is_the_one_described_by_a_job_at_that_place()
    {
        Assert.StartsWith("Piet Holm", await _bot.AnswerAsync("who got burned by the solvent drum in brenmoor"));
    }

    [Fact]
    public async Task A_worker_at_another_place_is_not_that_person()
    {
        Assert.DoesNotContain("Jon Tarrant", await _bot.AnswerAsync("who got frostbite from the gas tank in kelso"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
