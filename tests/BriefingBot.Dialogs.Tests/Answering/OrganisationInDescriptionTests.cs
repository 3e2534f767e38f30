using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// A role question's organisation is met by the description that names it ("director of the … Network") as by a title,
/// and its words beyond the office by the organisation the person belongs to ("a municipal utility") (invented article).
/// </summary>
public sealed class OrganisationInDescriptionTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Hackers Hit Estonian Water Plant, Chemical Dose Raised Hundredfold

        TARTU — Hackers broke into the control system of a water plant in Tartu and raised a chemical dose a hundredfold, officials said on Monday.
        The plant is run by the Emajogi Water Company (EWC), a municipal utility.
        EWC Chief Executive Liis Kask said no one had been harmed.
        "We saw the change within minutes," said Peeter Mets, director of the Riga-based Baltic Water Security Network (BWSN).
        """));

    [Fact]
    public async Task A_description_naming_the_organisation_answers_who_runs_it()
    {
        var question = "who runs the baltic water security network";
        var answer = await _bot.AskAsync(question, question);
        Assert.DoesNotContain("does not cover", answer);
        Assert.Contains("Mets", answer);
    }

    [Fact]
    public async Task A_word_of_the_persons_organisation_meets_the_question()
    {
        var question = "who is the chief executive of the tartu water utility?";
        var answer = await _bot.AskAsync(question, question);
        Assert.DoesNotContain("does not cover", answer);
        Assert.Contains("Kask", answer);
    }

    [Fact]
    public async Task A_word_of_no_organisation_of_the_person_is_refused()
    {
        var question = "who is the chief executive of the tartu bus company?";
        Assert.Contains("does not cover", await _bot.AskAsync(question, question));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
