using BriefingBot.Dialogs.Answering;

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
}
