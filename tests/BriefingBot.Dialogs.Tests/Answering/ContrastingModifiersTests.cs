using BriefingBot.Dialogs.Answering;
using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

public sealed class ContrastingModifiersTests
{
    [Fact]
    public void The_day_shift_contradicts_a_sentence_about_the_night_shift() =>
        Assert.True(ContrastingModifiers.Contradict("how many guards work the day shift", "The night shift had only four guards."));

    [Fact]
    public void A_sentence_that_also_names_the_asked_modifier_is_no_contradiction() =>
        Assert.False(ContrastingModifiers.Contradict("how many guards work the day shift", "The day shift had six guards and the night shift four."));

    [Fact]
    public void Words_outside_a_contrasting_set_contradict_nothing() =>
        Assert.False(ContrastingModifiers.Contradict("how many guards work the prison shift", "The night shift had only four guards."));

    [Fact]
    public void The_four_men_contradict_a_sentence_about_two_men() =>
        Assert.True(ContrastingModifiers.Contradict("when were the four men arrested", "The two men were arrested on Wednesday."));

    [Fact]
    public void The_peruvian_suspect_contradicts_a_sentence_about_a_chilean_national() =>
        Assert.True(ContrastingModifiers.Contradict("what is the name of the peruvian suspect", "The second suspect, a Chilean national named Oskar V., was held."));

    [Fact]
    public void A_sentence_that_also_gives_the_asked_nationality_is_no_contradiction() =>
        Assert.False(ContrastingModifiers.Contradict("who is the peruvian suspect", "Two Chilean nationals and a Peruvian student were held."));

    [Fact]
    public void A_nationality_before_another_noun_than_the_sentences_is_no_contradiction() =>
        Assert.False(ContrastingModifiers.Contradict("how old is the peruvian fraud suspect", "The second suspect, a Chilean national named Oskar V., was held."));

    [Fact]
    public async Task A_count_of_people_asked_about_is_not_answered_from_another_storys_other_count()
    {
        using var bot = new BotUnderTest(InventedArticles.Load("""
            Bomb Plot Foiled

            TARN — Police have arrested four young men suspected of planning a bomb attack, the agency said.
            """, """
            Trawler Crew Held

            The two men were arrested on Wednesday when officers boarded the trawler.
            """));

        Assert.DoesNotContain("Wednesday", await bot.AnswerAsync("when were the four men arrested"));
    }
}
