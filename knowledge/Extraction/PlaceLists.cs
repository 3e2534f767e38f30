namespace BriefingBot.Knowledge.Extraction;

/// <summary>Lists of names after a place preposition: "in A and B", "in A, B or C" — the preposition covers every name.</summary>
public static class PlaceLists
{
    /// <summary>The names before this one in its list ("A" of "in A and B"), or null when the list does not follow a place preposition.</summary>
    public static List<NameChunk>? NamesBefore(IReadOnlyList<Token> tokens, NameChunk name, IReadOnlyList<NameChunk> chunks)
    {
        var list = new List<NameChunk>();
        var at = name.First - 1;
        while (at >= 1 && tokens[at].Lower is "and" or "or" or ",")
        {
            var previous = chunks.FirstOrDefault(c => c.Last == at - 1 || (tokens[at].Lower != "," && tokens[at - 1].Text == "," && c.Last == at - 2));
            if (previous is null) return null;
            list.Add(previous);
            at = previous.First - 1;
            if (at >= 0 && Lexicon.PlacePrepositions.Contains(tokens[at].Lower) && tokens[at].Lower != "to") return list;
        }

        return null;
    }
}
