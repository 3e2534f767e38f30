using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "What did the minister say about …" with no statement of hers about it, over an invented article: a sentence that
/// reports no speech is not what she said (her own words in the story are); a sentence reporting what the asked speaker
/// said still answers.
/// </summary>
public sealed class ReportedSentenceTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Inmates Tunnel Out of Tarn Prison

        VELMAR — Six inmates escaped from Tarn Prison through a tunnel on Sunday, and two of them are still on the run.
        The men broke out of the prison in the early hours of Sunday, crawling through a 30-metre tunnel.
        Justice Minister Ana Vell suspended the prison's director and ordered an inquiry.
        An army general said the escape had been planned for months.
        "We will find out why nobody saw the tunnel," Vell said.
        Guards said on Monday that the escape had been noticed at dawn, as the minister ordered a search of the prison.
        """));

    [Fact]
    public async Task A_sentence_reporting_no_speech_is_not_what_the_minister_said()
    {
        // Her own words in the prison's story answer instead (see StatementInNamedStoryTests).
        var reply = await _bot.AnswerAsync("what did the minister say about the prison escape");
        Assert.DoesNotContain("suspended", reply);
        Assert.Contains("We will find out", reply);
    }

    [Fact]
    public async Task A_sentence_where_others_speak_and_the_minister_acts_is_not_what_she_said() =>
        Assert.DoesNotContain("Guards said", await _bot.AnswerAsync("what did the minister say about the escape"));

    [Fact]
    public async Task A_sentence_reporting_the_asked_speaker_answers() =>
        Assert.Contains("army general said", await _bot.AnswerAsync("what did the general say about the escape"));

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
