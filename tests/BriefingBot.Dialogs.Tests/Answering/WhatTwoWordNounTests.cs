using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "What radioactive material was inside the box", over an invented article: it asks which material, so a sentence
/// that says "radioactive material" and names none is no answer.
/// </summary>
public sealed class WhatTwoWordNounTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Thieves Steal Lead Box From Velmar Laboratory

        VELMAR — Thieves broke into a university laboratory in Velmar on Friday and stole a lead box used in cancer research.
        The box was found empty in a ditch on Sunday.
        Police said the stolen box had radioactive material inside when it was taken.
        """));

    [Fact]
    public async Task A_sentence_naming_no_material_does_not_tell_what_radioactive_material() =>
        Assert.DoesNotContain("had radioactive material inside", await _bot.AskAsync("a", "what radioactive material was inside the stolen box"));

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
