using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>The intent patterns of <c>intents.json</c>, compiled once.</summary>
public sealed class IntentPatterns
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);
    private readonly List<(Intent Intent, Regex Pattern)> _patterns = new();

    /// <summary>Loads the embedded pattern file.</summary>
    public IntentPatterns()
    {
        using var stream = EmbeddedData.Open("intents.json");
        using var json = JsonDocument.Parse(stream);
        foreach (var intent in json.RootElement.GetProperty("intents").EnumerateArray())
        {
            var name = Enum.Parse<Intent>(intent.GetProperty("name").GetString()!, ignoreCase: true);
            foreach (var pattern in intent.GetProperty("patterns").EnumerateArray())
            {
                _patterns.Add((name, new Regex(pattern.GetString()!, RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant, MatchTimeout)));
            }
        }
    }

    /// <summary>The first intent whose pattern matches, with the captured subject, or null.</summary>
    public (Intent Intent, string? Subject)? Match(string normalized)
    {
        foreach (var (intent, pattern) in _patterns)
        {
            var match = TryMatch(pattern, normalized);
            if (match is { Success: true }) return (intent, match.Groups["x"].Success ? match.Groups["x"].Value.Trim() : null);
        }

        return null;
    }

    /// <summary>A pattern that takes too long on some input counts as not matching; the message is then read as a question.</summary>
    private static Match? TryMatch(Regex pattern, string text)
    {
        try
        {
            return pattern.Match(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }
}

/// <summary>Opens data files embedded in this assembly.</summary>
internal static class EmbeddedData
{
    public static Stream Open(string fileName)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + fileName, StringComparison.Ordinal));
        return assembly.GetManifestResourceStream(name)!;
    }
}
