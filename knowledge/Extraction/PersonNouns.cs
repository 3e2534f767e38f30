namespace BriefingBot.Knowledge.Extraction;

/// <summary>
/// General nouns for people ("lawyer", "student", "ringleader") and the head noun of a description: its last
/// lowercase word before a preposition or relative word ("a lawyer for one of the suspects" → "lawyer").
/// </summary>
public static class PersonNouns
{
    private static readonly HashSet<string> Nouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "man", "woman", "boy", "girl", "person", "teenager", "youth", "father", "mother", "son", "daughter", "husband",
        "wife", "brother", "sister", "citizen", "national", "resident", "native", "student", "pupil", "teacher", "worker",
        "employee", "labourer", "laborer", "driver", "pilot", "engineer", "doctor", "nurse", "lawyer", "attorney",
        "solicitor", "barrister", "journalist", "reporter", "activist", "campaigner", "soldier", "veteran", "farmer",
        "businessman", "businesswoman", "entrepreneur", "banker", "trader", "merchant", "priest", "preacher", "cleric",
        "suspect", "defendant", "convict", "prisoner", "detainee", "hostage", "victim", "witness", "survivor", "refugee",
        "migrant", "ringleader", "mastermind", "gunman", "attacker", "bomber", "militant", "fighter", "jihadist",
        "extremist", "recruit", "informant", "hacker", "smuggler", "dealer", "courier", "guard", "mechanic", "electrician",
        "programmer", "developer", "scientist", "academic", "researcher", "lecturer", "professor", "politician",
        "lawmaker", "diplomat", "officer", "official", "spokesman", "spokeswoman", "spokesperson", "volunteer", "mayor",
        "skipper", "sailor", "seaman", "fisherman", "deckhand", "crewman",
    };

    private static readonly HashSet<string> Boundaries = new(StringComparer.OrdinalIgnoreCase)
        { "of", "for", "in", "at", "with", "from", "on", "by", "to", "who", "that", "which", "whose", "under", "identified", "named", "called", "known" };

    /// <summary>True when the description's head noun names a person ("a 27-year-old warehouse worker").</summary>
    public static bool HeadsPerson(IReadOnlyList<Token> description) => Head(description) is { } head && IsPersonNoun(head);

    /// <summary>A listed person noun, or one made with a suffix that makes people ("criminologist", "technician").</summary>
    public static bool IsPersonNoun(string noun) =>
        Nouns.Contains(noun) || (noun.Length > 6 && (noun.EndsWith("ologist", StringComparison.Ordinal) || noun.EndsWith("ician", StringComparison.Ordinal)));

    /// <summary>The words of a description before its first preposition or relative word ("a driver at the depot" → "a driver").</summary>
    public static string NounPhrase(string description)
    {
        var words = description.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var end = Array.FindIndex(words, 1, w => Boundaries.Contains(w.Trim(',', ';')));
        return end < 0 ? description : string.Join(' ', words[..end]);
    }

    /// <summary>The last lowercase word before the first preposition or relative word, or null.</summary>
    public static string? Head(IReadOnlyList<Token> description)
    {
        string? head = null;
        foreach (var token in description.Skip(1))
        {
            if (!token.IsWord || Boundaries.Contains(token.Lower)) break;
            if (!token.IsCapitalized) head = token.Lower;
        }

        return head;
    }
}
