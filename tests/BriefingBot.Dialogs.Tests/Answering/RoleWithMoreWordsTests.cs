using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// Role questions with more words than the role ("in the … case", a nationality, the client's age) and roles asked by a
/// verb ("who is representing …", "who is in charge of …", "who spoke for …"), over an invented article.
/// </summary>
public sealed class RoleWithMoreWordsTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Peruvian Engineer Charged Over Sonar Leak

        Peruvian prosecutors have charged a sonar engineer with selling secret designs, officials said on Monday.
        The 52-year-old sonar engineer, identified only as Tomas R. under privacy rules, worked for a shipyard.
        Chief Prosecutor Mara Lind said the engineer had been paid for every delivery.
        Defence Minister Olaf Brenn said the leak would delay the new submarines by a year.
        The Directorate for Counter-Fraud and Audit (DCFA) traced the payments.
        DCFA Director General Petra Holm said her officers had followed the engineer for months.
        The engineer's lawyer, Karl Voss, said his client would contest the charges.
        A lawyer for one of the buyers, Nina Berg, said her client, a 23-year-old student, had never met the engineer.
        Navy Spokesman Ivo Kern said the fleet was safe.
        """));

    [Theory]
    [InlineData("who is the chief prosecutor in the sonar case", "Lind")]
    [InlineData("who is the peruvian defence minister", "Brenn")]
    [InlineData("who is the lawyer for the 23 year old buyer", "Berg")]
    [InlineData("who is representing the engineer", "Voss")]
    [InlineData("who is in charge of the counter-fraud directorate", "Holm")]
    [InlineData("who spoke for the navy", "Kern")]
    public async Task The_role_is_found_with_the_words_the_article_says_of_it(string question, string name)
    {
        Assert.Contains(name, await _bot.AskAsync(question, question));
    }

    [Theory]
    [InlineData("who is the chief prosecutor in the fleet case")]
    [InlineData("who is the chilean defence minister")]
    public async Task Words_the_article_does_not_say_of_the_role_are_refused(string question)
    {
        Assert.Contains("does not cover", await _bot.AskAsync(question, question));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
