using BriefingBot.Knowledge.Extraction;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "The day shift" is not "the night shift", nor "the four men" "two men": when the question puts one word of a contrasting set before a noun and the
/// sentence puts another of the same set before that noun (and never the question's), the sentence is about something else.
/// Nor is "the Tarnian suspect" "a Velish national": a sentence giving someone another nationality, and never the asked one, is about someone else.
/// </summary>
public static class ContrastingModifiers
{
    private static readonly string[][] Sets =
    [
        ["day", "night"], ["morning", "afternoon", "evening", "night"], ["north", "south", "east", "west"],
        ["northern", "southern", "eastern", "western"], ["upper", "lower"], ["inner", "outer"], ["front", "rear", "back"],
        ["left", "right"], ["first", "second", "third", "last", "final"], ["domestic", "international", "foreign"],
        ["senior", "junior"], ["old", "new"], ["summer", "winter", "spring", "autumn"],
        // "The four men" are not "the two men" of another story.
        ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"],
    ];

    /// <summary>True when the sentence names the question's noun with a contrasting modifier and never with the question's own.</summary>
    public static bool Contradict(string normalizedQuestion, string sentence)
    {
        var asked = normalizedQuestion.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string[]? said = null;
        for (var i = 0; i + 1 < asked.Length; i++)
        {
            var (modifier, noun) = (asked[i], asked[i + 1]);
            if (Gazetteer.Default.FindDemonym(modifier) is { } askedPlace)
            {
                said ??= Words(sentence);
                if (said.Contains(noun) && !said.Contains(modifier) && GivesNationality(said, other => other != askedPlace)) return true;
            }

            var set = Sets.FirstOrDefault(s => s.Contains(modifier));
            if (set is null) continue;
            said ??= Words(sentence);
            if (said.Contains(modifier)) continue;
            for (var j = 0; j + 1 < said.Length; j++)
            {
                if (said[j + 1] == noun && said[j] != modifier && set.Contains(said[j])) return true;
            }
        }

        return false;
    }

    /// <summary>"A Velish national", "two Velish citizens": a nationality given to someone.</summary>
    private static bool GivesNationality(string[] said, Func<GazetteerPlace, bool> fits)
    {
        for (var j = 0; j + 1 < said.Length; j++)
        {
            if (said[j + 1] is "national" or "nationals" or "citizen" or "citizens" && Gazetteer.Default.FindDemonym(said[j]) is { } place && fits(place)) return true;
        }

        return false;
    }

    private static string[] Words(string text) =>
        text.ToLowerInvariant().Split([' ', ',', '.', ';', ':', '"', '\u201C', '\u201D', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
}
