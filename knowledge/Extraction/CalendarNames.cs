using BriefingBot.Knowledge.Data;
namespace BriefingBot.Knowledge.Extraction;

/// <summary>
/// Holidays, feasts, seasons, months and weekdays ("Easter", "Ramadan", "New Year", "March") from the data file
/// Data/calendar-names.txt: capitalised, yet dates rather than entities.
/// </summary>
public static class CalendarNames
{
    private static readonly HashSet<string> Names = Load();

    /// <summary>True when the whole name ("Easter", "the Christmas", "New Year's") is a calendar name.</summary>
    public static bool Contains(string name) => Names.Contains(NameText.Key(name));

    /// <summary>True when the single word is a calendar name ("March", "Easter").</summary>
    public static bool IsCalendarWord(Token token) => Names.Contains(NameText.Key(token.Core));

    private static HashSet<string> Load()
    {
        return DataFile.Rows("calendar-names.txt").Select(parts => NameText.Key(string.Join('\t', parts))).ToHashSet(StringComparer.Ordinal);
    }
}
