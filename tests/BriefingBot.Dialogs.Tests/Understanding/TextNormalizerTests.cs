using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Tests.Understanding;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("  Who  warned\tabout it?? ", "who warned about it")]
    [InlineData("What\u2019s the latest\u2026", "what's the latest")]
    [InlineData("\u201CQuoted\u201D!", "\"quoted\"")]
    [InlineData("zero\u200Bwidth", "zero width")]
    public void Normalizing_lowercases_plain_quotes_single_spaces_and_drops_closing_punctuation(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(input));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \r\n\t ")]
    [InlineData("\u0001\u0002")]
    public void Blank_or_control_only_text_normalizes_to_empty(string? input)
    {
        Assert.Equal("", TextNormalizer.Normalize(input));
    }
}
