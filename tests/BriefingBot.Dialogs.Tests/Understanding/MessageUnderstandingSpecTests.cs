using System.Text.Json;
using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Tests.Understanding;

/// <summary>Plays the data in tests/data/understanding/messages.json: intent and expected answer kind per message.</summary>
public sealed class MessageUnderstandingSpecTests
{
    private static readonly IntentPatterns Intents = new();

    public static IEnumerable<object[]> Cases()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "understanding", "messages.json")));
        foreach (var c in json.RootElement.GetProperty("cases").EnumerateArray())
        {
            yield return new object[]
            {
                c.GetProperty("say").GetString()!,
                c.GetProperty("intent").GetString()!,
                c.TryGetProperty("expected", out var expected) ? expected.GetString()! : "",
            };
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Message_is_understood_as_the_spec_says(string say, string intent, string expected)
    {
        var normalized = TextNormalizer.Normalize(say);

        var matched = normalized.Length == 0 ? Intent.Empty : Intents.Match(normalized)?.Intent ?? Intent.Question;
        var kind = AnswerKindClassifier.Classify(normalized).Kind;

        var actualIntent = matched is Intent.Profile or Intent.Acronym ? Intent.Question : matched;
        Assert.Equal(intent, actualIntent.ToString());
        if (expected.Length > 0) Assert.Equal(expected, kind.ToString());
    }
}
