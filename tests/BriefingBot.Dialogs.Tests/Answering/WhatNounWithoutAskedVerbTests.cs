using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "What solvent was added to the vat" names what it asks for: the sentence naming the solvent answers though it tells
/// the act with another verb ("tipped"), while one naming neither the verb nor the noun still does not (invented article).
/// </summary>
public sealed class WhatNounWithoutAskedVerbTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Brewery Vat Spoiled In Tarnby, Former Cellarman Held

        TARNBY — Police in Tarnby have detained a former cellarman after the biggest fermentation vat of the Brenmoor brewery was spoiled overnight, officials said on Monday.

        Piet Holm, 41, let himself into the cellar at 2 a.m. and tipped a drum of ethyl acetate, a cleaning solvent, into the fermentation vat.

        The brewery poured away 9,000 litres of beer and has offered a reward for anyone who saw him arrive.
        """, """
        Tarnby Council Adds Night Buses

        TARNBY — The council added four night bus routes on Friday after a year of complaints from shift workers, the mayor Ada Venn said.

        The buses will run until the end of March.
        """));

    [Fact]
    public async Task The_sentence_naming_the_noun_answers_without_the_verb()
    {
        var answer = await _bot.AnswerAsync("what solvent was added to the fermentation vat");
        Assert.DoesNotContain("does not cover", answer);
        Assert.Contains("ethyl acetate", answer);
    }

    [Fact]
    public async Task A_sentence_naming_neither_verb_nor_noun_does_not()
    {
        var answer = await _bot.AnswerAsync("what bonus was added for witnesses at the brewery");
        Assert.Contains("does not cover", answer);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
