using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// Places whose name holds another place's whole name ("Gulf of Tarn", "Tarn Sea" for "Tarn"): a question saying "off
/// Tarn" or "in the Tarn" means them when the article names them so. Worked out once for the loaded articles.
/// </summary>
public sealed class LongerPlaceNames
{
    private static readonly HashSet<int> None = new();
    private readonly Dictionary<int, HashSet<int>> _byPlace;

    /// <summary>Finds, for every place, the places whose name holds its name.</summary>
    public LongerPlaceNames(IBriefingKnowledge knowledge)
    {
        var places = knowledge.Entities.Where(e => e.Kind is EntityKind.Place or EntityKind.Other).ToList();
        _byPlace = places.ToDictionary(p => p.Id, p => places.Where(q => q.Id != p.Id && q.Kind == EntityKind.Place && Holds(q.Name, p.Name)).Select(q => q.Id).ToHashSet());
    }

    /// <summary>The place and the places whose name holds its name.</summary>
    public IEnumerable<int> Of(int placeId) => _byPlace.GetValueOrDefault(placeId, None).Prepend(placeId);

    /// <summary>True when the sentence names the place or a place whose name holds its name.</summary>
    public bool NamedIn(int placeId, HashSet<int> present) => present.Contains(placeId) || _byPlace.GetValueOrDefault(placeId, None).Overlaps(present);

    private static bool Holds(string name, string part) =>
        name.Length > part.Length && $" {name} ".Contains($" {part} ", StringComparison.OrdinalIgnoreCase);
}
