using BriefingBot.Knowledge.Model;

namespace BriefingBot.Knowledge.Extraction;

/// <summary>
/// Context that marks a name as a place: "in X", "in X and Y", "X-based", "in Peru, Lima" (Lima is in Peru) and a
/// dateline ("LIMA — …"); "X, 20 km north of Lima" ties X to Lima, "Peru's X" ties X to Peru.
/// </summary>
public static class PlaceCues
{
    /// <summary>Adds place evidence and the containing place to the candidate.</summary>
    public static void Apply(EntityCandidate candidate, IReadOnlyList<Token> tokens, NameChunk name, IReadOnlyList<NameChunk> chunks)
    {
        var last = name.Tokens[^1];
        if (NameText.NameCore(last) != last.Core && Lexicon.PlaceSuffixes.Contains(last.Core[(last.Core.LastIndexOf('-') + 1)..]))
        {
            candidate.Vote(EntityKind.Place, 3);
        }

        if (IsDateline(tokens, name)) candidate.Vote(EntityKind.Place, 3);
        var before = name.First - 1;
        // "leading to NAME's arrest": after a preposition a possessive name owns the noun that follows; it is no place.
        if (before >= 0 && !name.IsPossessive && Lexicon.PlacePrepositions.Contains(tokens[before].Lower) && !(tokens[before].Lower == "to" && AfterSpeechWord(tokens, before))) candidate.Vote(EntityKind.Place);
        if (PlaceLists.NamesBefore(tokens, name, chunks) is { } list) candidate.Vote(EntityKind.Place, list.Any(c => Gazetteer.Default.Find(c.Text) is not null) ? 3 : 1);
        if (ContainingPlaceAfter(tokens, name, chunks) is { } country)
        {
            candidate.Vote(EntityKind.Place, 3);
            candidate.Related.Add(country);
        }

        if (ContainingPlaceBefore(tokens, name, chunks) is { } container)
        {
            candidate.Vote(EntityKind.Place, 3);
            candidate.Related.Add(container);
        }

        if (DistancePlaces.From(tokens, name, chunks) is { } near) candidate.Related.Add(near);

        var basedIn = chunks.FirstOrDefault(c => c.Last == name.First - 1 || (c.Last == name.First - 2 && tokens[name.First - 1].Lower == "the"));
        if (basedIn is not null && IsPlaceCompound(basedIn.Tokens[^1])) candidate.Related.Add(basedIn.Text);
        // "Utopia's free trade zone": a country owning the name right after it.
        else if (basedIn is not null && basedIn.IsPossessive && Gazetteer.Default.Find(basedIn.Text) is { } owner) candidate.Related.Add(owner.Name);
    }

    /// <summary>"LAKEPORT — …" or "LIMA (Agency) — …": capitals opening the sentence before a dash.</summary>
    private static bool IsDateline(IReadOnlyList<Token> tokens, NameChunk name)
    {
        if (name.First != 0 || name.Tokens.Any(t => t.Text.Any(char.IsLower))) return false;
        var next = name.Last + 1;
        if (next < tokens.Count && tokens[next].Text == "(") next = Enumerable.Range(next, tokens.Count - next).FirstOrDefault(j => tokens[j].Text == ")", tokens.Count - 1) + 1;
        return next < tokens.Count && tokens[next].Text is "—" or "–" or "-";
    }

    private static bool AfterSpeechWord(IReadOnlyList<Token> tokens, int to) =>
        to == 0 || ReportingVerbs.LemmaOf(tokens[to - 1].Lower) is not null || tokens[to - 1].Lower is "according" or "spoke" or "talked" or "speaking" or "next" or "due" or "up" or "back";

    /// <summary>"of NAME, COUNTRY" / "in NAME, COUNTRY." — a name followed by a known country in apposition.</summary>
    private static string? ContainingPlaceAfter(IReadOnlyList<Token> tokens, NameChunk name, IReadOnlyList<NameChunk> chunks)
    {
        if (name.First == 0 || tokens[name.First - 1].Lower is not ("of" or "in" or "near" or "from" or "to" or "at")) return null;
        if (name.Last + 2 >= tokens.Count || tokens[name.Last + 1].Text != "," || Gazetteer.Default.Find(name.Text) is not null) return null;
        var country = chunks.FirstOrDefault(c => c.First == name.Last + 2);
        if (country is null || Gazetteer.Default.Find(country.Text) is null) return null;
        return country.Last + 1 >= tokens.Count || tokens[country.Last + 1].Text is "," or "." or ";" ? Gazetteer.Default.Find(country.Text)!.Name : null;
    }

    private static bool IsPlaceCompound(Token token)
    {
        var hyphen = token.Core.LastIndexOf('-');
        return hyphen > 0 && Lexicon.PlaceSuffixes.Contains(token.Core[(hyphen + 1)..]) && char.IsUpper(token.Core[0]);
    }

    /// <summary>"in PLACE, NAME," — a known place followed by the name in apposition.</summary>
    private static string? ContainingPlaceBefore(IReadOnlyList<Token> tokens, NameChunk name, IReadOnlyList<NameChunk> chunks)
    {
        if (name.First < 3 || tokens[name.First - 1].Text != "," || Gazetteer.Default.Find(name.Text) is not null) return null;
        var place = chunks.FirstOrDefault(c => c.Last == name.First - 2);
        if (place is null || Gazetteer.Default.Find(place.Text) is null) return null;
        if (tokens[place.First - 1].Lower is not ("in" or "of")) return null;
        var after = name.Last + 1;
        return after >= tokens.Count || tokens[after].Text is "," or "." ? place.Text : null;
    }
}
