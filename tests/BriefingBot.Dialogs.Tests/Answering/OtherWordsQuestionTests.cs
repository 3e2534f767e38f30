using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>Questions that say in everyday words what an invented article says in its own: informal words, synonyms, two-word verbs.</summary>
public sealed class OtherWordsQuestionTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Storm Closes Korvo Harbour Before Trade Fair

        KORVO — A storm closed Korvo harbour on Monday, two days before the city's trade fair, the port authority said.
        The storm diverted 12 ferries to the northern port of Sallen, and about 2,000 travellers were stranded.
        Interior Minister Lena Mirov said 600 police officers would guard the fair, 100 more than last year.
        The diving equipment lost in the harbour was worth about 9,000 dollars.
        Fisheries Minister Ana Lopes told parliament on Tuesday that the catch quota would be cut by half.
        "I cannot see the old pier disappearing this winter," Harbour Master Tomas Brel said.
        The burglars entered the harbour office through a broken skylight in March.
        The Harbour Workers League broke away from the National Transport Federation in 2011.
        Thieves stole copper cable from the harbour office in May.
        The fair will be guarded closely because the president will open it.
        """, """
        Fraud Inquiry Into Harbour Fund

        KORVO — Police charged two dockers with theft on Thursday, prosecutors said.
        The Marine Fraud Bureau took over the investigation into the harbour fund on Wednesday.
        If convicted of fraud, the clerk faces up to five years in prison.
        A judge ordered the two dockers held in detention for an initial 30 days.
        Police seized 23 firearms from the dockers' warehouse in a raid on Friday.
        """));

    [Fact]
    public async Task Cops_are_the_police_even_when_wordnet_leads_cop_to_copper()
    {
        Assert.Contains("600", await _bot.AnswerAsync("how many cops will be at the fair"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Protecting_is_guarding_without_wordnet_too()
    {
        Assert.Contains("president", await _bot.AnswerAsync("why will the fair be protected"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Kit_is_equipment()
    {
        Assert.Contains("9,000", await _bot.AnswerAsync("how much was the diving kit worth"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Mps_are_parliament()
    {
        Assert.Contains("quota", await _bot.AnswerAsync("what did the fisheries minister tell MPs"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Vanishing_is_disappearing()
    {
        Assert.Contains("old pier", await _bot.AnswerAsync("what did brel say about the pier vanishing"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Sent_elsewhere_is_diverted()
    {
        Assert.Contains("12", await _bot.AnswerAsync("how many ferries were sent elsewhere"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Taking_charge_of_a_case_is_taking_it_over()
    {
        Assert.Contains("marine fraud bureau", await _bot.AnswerAsync("which agency took charge of the investigation"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Weapons_are_met_by_the_firearms_the_article_names()
    {
        Assert.Contains("Friday", await _bot.AnswerAsync("when were the weapons seized"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task At_first_is_initially()
    {
        Assert.Contains("30 days", await _bot.AnswerAsync("how long will the dockers stay in custody at first"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Getting_in_at_the_end_of_a_question_is_entering()
    {
        Assert.Contains("skylight", await _bot.AnswerAsync("how did the burglars get in"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Brake_away_is_a_slip_for_break_away()
    {
        Assert.Contains("2011", await _bot.AnswerAsync("when did the harbour workers league brake away from the national transport federation"), StringComparison.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
