using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Extraction;
using BriefingBot.Knowledge.Model;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "Which town …" (or port, or district) asks for a town and "which country …" for a country: a place of the other sort is no answer. Countries
/// and world regions are the places the gazetteer lists, and a world region or sea ("the Mediterranean") is no country.
/// </summary>
public static class AskedPlaceKind
{
    private static readonly HashSet<string> Settlements = new(StringComparer.Ordinal) { "citi", "city", "town", "villag", "village", "port", "harbour", "harbor", "district", "suburb" };
    private static readonly HashSet<string> Countries = new(StringComparer.Ordinal) { "countri", "country", "nation" };

    /// <summary>False when the question's head noun asks for a town and the place is a country, or the other way round.</summary>
    public static bool Fits(Entity place, UnderstoodMessage message)
    {
        if (message.HeadNoun is not { } head || !(Settlements.Contains(head) || Countries.Contains(head))) return true;
        var listed = place.Aliases.Append(place.Name).Select(Gazetteer.Default.Find).OfType<GazetteerPlace>().ToList();
        return Settlements.Contains(head) ? listed.Count == 0 : listed.Any(p => !p.IsRegion);
    }
}
