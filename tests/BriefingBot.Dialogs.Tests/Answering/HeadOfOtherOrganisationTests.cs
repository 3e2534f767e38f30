using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// A person described as the head of one named organisation is no officer of another the question names, even when no
/// role was stored for them (invented article).
/// </summary>
public sealed class HeadOfOtherOrganisationTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Tarnby Charity Founder Held Over Donations Sent Abroad

        TARNBY — Police arrested the founder of a Tarnby charity on Monday over donations sent to an armed group, officials said.
        "Families gave money for bread and it bought rifles," said Ada Venn, head of the Northern Fraud Prosecutor's Office, at a news conference.
        In 2019, a Brenmoor court jailed the two men who ran another charity, Kestrel Relief.
        """));

    [Fact]
    public async Task The_head_of_one_named_office_is_not_given_as_director_of_another_organisation()
    {
        var question = "who are the directors of kestrel relief";
        Assert.Contains("does not cover", await _bot.AskAsync(question, question));
    }

    [Fact]
    public async Task The_head_of_the_named_office_still_answers_who_heads_it()
    {
        var question = "who is the head of the northern fraud prosecutor's office";
        var answer = await _bot.AskAsync(question, question);
        Assert.DoesNotContain("does not cover", answer);
        Assert.Contains("Venn", answer);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
