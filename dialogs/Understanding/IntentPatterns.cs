using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>The intent patterns of <c>intents.json</c>, compiled once.</summary>
public sealed class IntentPatterns
{
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
                _patterns.Add((name, new Regex(pattern.GetString()!, RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200))));
            }
        }
    }

    /// <summary>The first intent whose pattern matches, with the captured subject, or null.</summary>
    public (Intent Intent, string? Subject)? Match(string normalized)
    {
        foreach (var (intent, pattern) in _patterns)
        {
            var match = pattern.Match(normalized);
            if (match.Success) return (intent, match.Groups["x"].Success ? match.Groups["x"].Value.Trim() : null);
        }

        return null;
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
