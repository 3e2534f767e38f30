using System.Collections.ObjectModel;

namespace BriefingBot.Knowledge.Query;

/// <summary>
/// Items grouped by an integer key (a sentence or entity id), each group built once as a read-only list, so a
/// lookup hands out the same list every time instead of copying it.
/// </summary>
/// <typeparam name="T">The grouped item.</typeparam>
public sealed class GroupedIndex<T>
{
    private static readonly ReadOnlyCollection<T> None = Array.AsReadOnly(Array.Empty<T>());
    private readonly Dictionary<int, ReadOnlyCollection<T>> _groups;

    /// <summary>Groups the items by their keys, keeping their order within each group.</summary>
    public GroupedIndex(IEnumerable<(int Key, T Item)> keyed) =>
        _groups = keyed.GroupBy(k => k.Key, k => k.Item).ToDictionary(g => g.Key, g => Array.AsReadOnly(g.ToArray()));

    /// <summary>The items with <paramref name="key"/>, in their original order; empty when there are none.</summary>
    public IReadOnlyList<T> this[int key] => _groups.GetValueOrDefault(key) ?? None;
}
