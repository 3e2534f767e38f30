using BriefingBot.Dialogs.Answering;
using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"What's her job", "which department is he with": a person's job read from the roles an invented article gives them.</summary>
public sealed class JobAnswererTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Harbour Crane Collapses at Lune

        LUNE — A crane collapsed at the Lune container terminal on Monday, injuring two dock workers, officials said.
        Inspector Mara Voss, who leads the inquiry for the police's Harbour Safety Department, said the crane's brakes had failed.
        Dr. Tilde Rask, an engineer at the Velda Institute of Technology, said such failures were rare.
        The crane driver, Olaf K., was taken to hospital.
        Terminal Manager Jan Holt said he would keep the quay closed until Friday.
        """));

    [Theory]
    [InlineData("what's his job")]
    [InlineData("what does she do for a living")]
    [InlineData("where did she work")]
    [InlineData("which department is he with")]
    [InlineData("who does she work for")]
    [InlineData("what website does she run")]
    public void Questions_about_a_persons_work_ask_their_job(string question)
    {
        Assert.True(JobAnswerer.AsksJob(question));
    }

    [Theory]
    [InlineData("what did he do")]
    [InlineData("what does he do with the money")]
    [InlineData("where did she go")]
    public void Questions_about_what_a_person_did_ask_no_job(string question)
    {
        Assert.False(JobAnswerer.AsksJob(question));
    }

    [Fact]
    public async Task Where_a_person_in_focus_works_is_their_role_and_organisation()
    {
        var id = Guid.NewGuid().ToString("N");
        await _bot.AskAsync(id, "who is Tilde Rask");
        Assert.Contains("Velda Institute of Technology", (await _bot.AskAsync(id, "where did she work")).Split("\n\n")[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_unit_of_a_person_is_the_organisation_named_beside_them()
    {
        var id = Guid.NewGuid().ToString("N");
        await _bot.AskAsync(id, "who is Mara Voss");
        Assert.Contains("Harbour Safety Department", (await _bot.AskAsync(id, "which unit is she with")).Split("\n\n")[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Whom_a_named_person_works_for_is_their_role_and_organisation()
    {
        var answer = await _bot.AnsweredAsync("who does Mara Voss work for");
        Assert.Contains("inspector", answer);
        Assert.Contains("harbour safety department", answer);
    }

    [Fact]
    public async Task A_part_in_the_story_is_no_job()
    {
        var id = Guid.NewGuid().ToString("N");
        await _bot.AskAsync(id, "who is Olaf K.");
        // The job answer would read "Olaf K: the crane driver".
        Assert.DoesNotContain(": the crane driver", await _bot.AskAsync(id, "what does he do for work nowadays"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task She_of_a_man_the_article_calls_he_is_not_answered_with_his_job()
    {
        var id = Guid.NewGuid().ToString("N");
        await _bot.AskAsync(id, "who is Jan Holt");
        Assert.DoesNotContain("Jan Holt: Terminal Manager", await _bot.AskAsync(id, "where did she work"), StringComparison.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
