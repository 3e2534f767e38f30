using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "How many people …" is answered by a number of any kind of people: "12,000 passengers", "40 residents". A more
/// particular noun ("how many officers") still needs its own word or a synonym.
/// </summary>
public static class CountedPeople
{
    private static readonly HashSet<string> PeopleStems = new(StringComparer.Ordinal) { "peopl", "person" };

    /// <summary>True when the question counts people in general and the quantity counts a kind of people.</summary>
    public static bool Counts(string head, Quantity quantity, string following, Vocabulary vocabulary) =>
        PeopleStems.Contains(head)
        && $"{quantity.Unit} {following.Split(' ').FirstOrDefault()}".Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(',', '.', ';', ':')).Any(w => w is "people" or "persons" or "men" or "women" || vocabulary.IsPersonNoun(w));
}
