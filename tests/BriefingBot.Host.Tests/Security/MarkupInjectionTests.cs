using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BriefingBot.Host.Tests.Infrastructure;

namespace BriefingBot.Host.Tests.Security;

/// <summary>
/// Nothing a user types comes back as markup: wherever a reply (text, speech, card) repeats the user's words,
/// their HTML and Markdown characters are escaped.
/// </summary>
public sealed class MarkupInjectionTests : IClassFixture<RunningBotFixture>
{
    // What must never appear unescaped in a reply, whatever the user sent.
    private static readonly string[] Dangerous = ["<script", "<img", "](javascript:", "**bold**", "<b>"];

    private readonly RunningBot _bot;

    public MarkupInjectionTests(RunningBotFixture fixture) => _bot = fixture.Bot;

    public static TheoryData<string> Questions()
    {
        string[] payloads = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[click](javascript:alert(1))", "**bold**", "<b>Kelly</b>"];
        string[] questions = ["{0}", "who is {0}?", "tell me about {0}", "what did {0} warn about?", "Who is John Kelly {0}?", "what is {0}", "{0} brief me", "which {0}"];
        var data = new TheoryData<string>();
        foreach (var payload in payloads)
        {
            foreach (var question in questions)
            {
                data.Add(string.Format(question, payload));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task User_markup_is_never_sent_back_unescaped(string question)
    {
        var replies = await _bot.AskAsync(question, "conv-injection-" + Guid.NewGuid().ToString("N"));

        var rendered = replies.SelectMany(RenderedStrings).Select(WithoutEscapedCharacters).ToList();
        Assert.NotEmpty(replies);
        foreach (var dangerous in Dangerous)
        {
            Assert.DoesNotContain(rendered, text => text.Contains(dangerous, StringComparison.OrdinalIgnoreCase));
        }
    }

    // The strings a channel renders with Markdown or HTML: the text, the speech and everything inside cards.
    private static IEnumerable<string> RenderedStrings(JsonObject reply)
    {
        foreach (var field in new[] { "text", "speak" })
        {
            if (reply[field] is JsonValue value && value.TryGetValue<string>(out var text)) yield return text;
        }

        foreach (var attachment in reply["attachments"]?.AsArray() ?? [])
        {
            foreach (var text in StringsIn(attachment?["content"])) yield return text;
        }
    }

    private static IEnumerable<string> StringsIn(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => StringsIn(p.Value)),
        JsonArray array => array.SelectMany(StringsIn),
        JsonValue value when value.TryGetValue<string>(out var text) => [text],
        _ => [],
    };

    // A backslash-escaped character is shown literally; HTML entities never form a tag.
    private static string WithoutEscapedCharacters(string text) => Regex.Replace(text, @"\\.", "");
}
