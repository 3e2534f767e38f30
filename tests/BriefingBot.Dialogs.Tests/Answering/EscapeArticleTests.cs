using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>Questions about an invented jailbreak: plain words for two-word verbs, a length asked with "how long", money asked by its verb.</summary>
public sealed class EscapeArticleTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Seven Inmates Escape From Northern Jail

        TARNOW — Seven inmates escaped from Old Mill Prison, 20 kilometres north of Tarnow, through a 30-metre tunnel on Saturday, police said.
        The jail's population had grown by 12 percent since 2019, while the number of guards had fallen.
        Old Mill, built in 1901, holds 300 men.
        The mayor said the guards had earned praise for the search.
        Detectives searched the prison again on Sunday.
        Two years ago four men broke out of the jail through a 12-metre drain.
        Three inmates were still at large on Monday.
        Two inmates were recaptured on Tuesday.
        The night shift had only three guards for 400 inmates, in a prison built for 300.
        """));

    private static bool IsRefusal(string reply) => reply.Contains("does not cover", StringComparison.Ordinal);

    [Fact]
    public async Task How_much_with_a_money_verb_is_not_answered_by_a_percentage()
    {
        Assert.True(IsRefusal(await _bot.AnswerAsync("how much does a jail guard earn")));
    }

    [Fact]
    public async Task Getting_out_is_escaping()
    {
        Assert.Contains("seven", await _bot.AnswerAsync("how many inmates got out of old mill prison"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Prisoners_are_inmates_and_on_the_loose_is_at_large()
    {
        Assert.Contains("seven", await _bot.AnswerAsync("how many prisoners escaped from old mill"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("three", await _bot.AnswerAsync("how many inmates are still on the loose"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_prison_in_a_sentence_is_the_named_prison()
    {
        Assert.Contains("sunday", await _bot.AnswerAsync("when did detectives search old mill prison again"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task How_long_is_a_thing_takes_its_length()
    {
        Assert.Contains("30-metre", await _bot.AnswerAsync("how long is the tunnel"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Where_is_a_prison_a_distance_from_a_town()
    {
        Assert.Contains("tarnow", await _bot.AnswerAsync("where is old mill jail"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_past_form_after_the_first_words_of_a_name_is_the_verb()
    {
        Assert.Contains("1901", await _bot.AnswerAsync("when was old mill built"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Caught_again_is_recaptured()
    {
        Assert.Contains("two", await _bot.AnswerAsync("how many inmates have been caught again"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_sentence_of_the_article_speaks_of_its_one_named_prison_by_the_noun()
    {
        Assert.Contains("three", await _bot.AnswerAsync("how many guards were on the night shift at old mill prison"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_prisoners_are_people_not_the_prison()
    {
        Assert.Contains("three", await _bot.AnswerAsync("how many of the prisoners are still on the loose"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Breaking_out_is_an_escape()
    {
        Assert.Contains("12-metre", await _bot.AnswerAsync("how long was the escape drain"), StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose() => _bot.Dispose();
}
