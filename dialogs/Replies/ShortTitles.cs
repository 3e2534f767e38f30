namespace BriefingBot.Dialogs.Replies;

/// <summary>Article titles as short labels, for buttons and lists that must fit on one line.</summary>
public static class ShortTitles
{
    /// <summary>
    /// A title up to its first comma or semicolon ("Dam Opens, Town Cheers" -> "Dam Opens"); a colon is kept, since what
    /// follows it is the news ("Mayor: Dam Will Open").
    /// </summary>
    public static string Of(string title) => title.Split(',', ';')[0].Trim();

    /// <summary>Short titles joined by "; " up to about <paramref name="budget"/> characters, then "and N more".</summary>
    public static string List(IReadOnlyList<string> titles, int budget)
    {
        var shown = new List<string>();
        var length = 0;
        foreach (var title in titles.Select(Of))
        {
            if (shown.Count > 0 && length + title.Length > budget) break;
            shown.Add(title);
            length += title.Length + 2;
        }

        var rest = titles.Count - shown.Count;
        return string.Join("; ", shown) + (rest > 0 ? $" and {rest} more" : "");
    }
}
