using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// What a question counts, said in other words by the article: "ppl" for people, firearms for weapons, people for a "how many were arrested" with no noun, a number standing for the previous
/// sentence's noun ("Nine were kept in hospital"), people counted as passengers, a day's rate, a span "in custody", "kilos" for kilograms.
/// </summary>
public sealed class CountedNounTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Gas Leak Closes Tarnow Ferry Terminal, Crew Freed After Long Detention

        TARNOW — Police arrested five young men after a gas leak closed the Tarnow ferry terminal on Monday, officials said.
        Firefighters cleared the hall, and 48 people who had been near the pumps were checked for poisoning.
        Nine were kept in hospital for treatment.
        The Tarnow ferry terminal, the region's busiest, handles about 12,000 passengers a day.
        The trawler's six sailors were released on Friday after 41 days in custody, their union said.
        Two nurses kidnapped in the north have been freed after 63 days in captivity, the charity they work for said on Friday.
        The two staff members of Tarn Medical Aid (TMA), a Velka-based charity that runs clinics, were handed over to soldiers on Thursday.
        Customs officers seized 57 firearms and 300 kilograms of ammunition in raids on two warehouses near the port.
        Divers later recovered 40 kilograms of cocaine from the harbour floor.
        """));

    [Fact]
    public async Task Guns_are_counted_as_firearms()
    {
        Assert.Contains("57 firearms", await _bot.AnswerAsync("how many guns were seized in the warehouse raids"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Weapons_are_counted_by_their_kind_firearms()
    {
        Assert.Contains("57 firearms", await _bot.AnswerAsync("how many weapons were seized in the warehouse raids"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task How_many_were_arrested_is_answered_by_the_people_arrested()
    {
        Assert.Contains("five", await _bot.AnswerAsync("how many were arrested after the tarnow gas leak"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Ppl_are_people()
    {
        Assert.Contains("48", await _bot.AnswerAsync("how many ppl were checked for poisoning"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Thru_is_through()
    {
        Assert.Contains("12,000", await _bot.AnswerAsync("how many ppl go thru the tarnow ferry terminal a day"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_number_as_subject_counts_the_previous_sentences_noun()
    {
        Assert.Contains("nine", await _bot.AnswerAsync("how many people were kept in hospital for treatment"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task People_a_day_are_counted_as_passengers_a_day()
    {
        var reply = (await _bot.AnswerAsync("how many people pass through the tarnow ferry terminal every day")).ToLowerInvariant();
        Assert.Contains("12,000", reply);
        Assert.DoesNotContain("five", reply.Split('\n')[0]);
    }

    [Fact]
    public async Task A_span_in_custody_says_how_long_they_were_held()
    {
        Assert.Contains("41 days", await _bot.AnswerAsync("how long were the trawler men held in custody"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_lede_calling_the_asked_charity_by_its_kind_gives_the_span()
    {
        Assert.Contains("63 days", await _bot.AnswerAsync("how long were the tma staff held captive"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Kilos_are_kilograms()
    {
        Assert.Contains("40 kilograms", await _bot.AnswerAsync("how many kilos did divers recover from the harbour floor"), StringComparison.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
