using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "Acme Director Ann Roe said …": the group in a speaker's title is who said it, so when the speaker is not the answer
/// (the question's words are in what was said) neither is the group; over an invented article.
/// </summary>
public sealed class SpeakerTitleTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Dockers Walk Out at Velmar Harbour

        VELMAR — Dock workers at Velmar harbour walked out on Monday, the port authority said.
        The Velmar Port Company (VPC) runs the harbour.
        VPC Director Ana Vell said the walkout had left only three crane drivers on duty.
        """));

    [Fact]
    public async Task The_group_in_the_speakers_title_did_not_do_what_she_reports() =>
        Assert.Contains("does not cover", await _bot.AnswerAsync("who led the walkout"));

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
