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

    private static readonly char[] WordBreaks = [' ', ',', '.', ';', ':', '"', '\u201C', '\u201D', '(', ')'];

    /// <summary>True when the sentence names the question's noun with a contrasting modifier and never with the question's own.</summary>
    public static bool Contradict(string normalizedQuestion, string sentence) => Of<string>(normalizedQuestion, Words)(sentence);

    /// <summary>
    /// <see cref="Contradict"/> with the question read once: the test to try on each ranked sentence, given its words as
    /// <see cref="Words"/> splits them (<paramref name="wordsOf"/>). Most questions put no modifier of a set (nor a
    /// nationality) before a noun, and then no sentence's words are asked for.
    /// </summary>
    public static Func<T, bool> Of<T>(string normalizedQuestion, Func<T, string[]> wordsOf)
    {
        var pairs = ModifiedNouns(normalizedQuestion);
        return pairs.Count == 0 ? _ => false : sentence => Contradicts(pairs, wordsOf(sentence));
    }

    private static bool Contradicts(List<(string Modifier, string Noun, GazetteerPlace? AskedPlace, string[]? Set)> pairs, string[] said)
    {
        foreach (var (modifier, noun, askedPlace, set) in pairs)
        {
            if (askedPlace is not null && said.Contains(noun) && !said.Contains(modifier) && GivesNationality(said, other => other != askedPlace)) return true;
            if (set is null || said.Contains(modifier)) continue;
            for (var j = 0; j + 1 < said.Length; j++)
            {
                if (said[j + 1] == noun && said[j] != modifier && set.Contains(said[j])) return true;
            }
        }

        return false;
    }

    /// <summary>The question's pairs of a modifier (a nationality or a word of a contrasting set) and the word after it, in order.</summary>
    private static List<(string Modifier, string Noun, GazetteerPlace? AskedPlace, string[]? Set)> ModifiedNouns(string normalizedQuestion)
    {
        var asked = normalizedQuestion.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var pairs = new List<(string, string, GazetteerPlace?, string[]?)>();
        for (var i = 0; i + 1 < asked.Length; i++)
        {
            var (modifier, noun) = (asked[i], asked[i + 1]);
            var askedPlace = Gazetteer.Default.FindDemonym(modifier);
            var set = Sets.FirstOrDefault(s => s.Contains(modifier));
            if (askedPlace is not null || set is not null) pairs.Add((modifier, noun, askedPlace, set));
        }

        return pairs;
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

    /// <summary>The text's words in lower case, split at spaces, punctuation, quotation marks and brackets.</summary>
    public static string[] Words(string text) => text.ToLowerInvariant().Split(WordBreaks, StringSplitOptions.RemoveEmptyEntries);
}
