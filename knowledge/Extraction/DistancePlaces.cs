namespace BriefingBot.Knowledge.Extraction;

/// <summary>
/// "NAME, 20 kilometres north of PLACE": a name followed by a distance and a direction from a place lies near it.
/// </summary>
public static class DistancePlaces
{
    private static readonly HashSet<string> Units = new(StringComparer.OrdinalIgnoreCase)
        { "km", "kilometres", "kilometers", "miles", "metres", "meters" };

    private static readonly HashSet<string> Directions = new(StringComparer.OrdinalIgnoreCase)
        { "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west" };

    /// <summary>The place the name is said to lie a distance from, or null.</summary>
    public static string? From(IReadOnlyList<Token> tokens, NameChunk name, IReadOnlyList<NameChunk> chunks)
    {
        var i = name.Last + 1;
        if (i >= tokens.Count || tokens[i].Text != ",") return null;
        i++;
        if (i < tokens.Count && tokens[i].Lower is "about" or "some" or "roughly" or "around") i++;
        if (i + 3 >= tokens.Count || !tokens[i].Text.Any(char.IsDigit) || !Units.Contains(tokens[i + 1].Text)) return null;
        if (!Directions.Contains(tokens[i + 2].Text) || tokens[i + 3].Lower != "of") return null;
        var place = chunks.FirstOrDefault(c => c.First == i + 4);
        return place is null ? null : Gazetteer.Default.Find(place.Text)?.Name ?? place.Text;
    }
}
