namespace BriefingBot.Dialogs.Replies;

/// <summary>Article titles as short labels, for buttons that must fit on one line.</summary>
public static class ShortTitles
{
    /// <summary>
    /// A title up to its first comma or semicolon ("Dam Opens, Town Cheers" -> "Dam Opens"); a colon is kept, since what
    /// follows it is the news ("Mayor: Dam Will Open").
    /// </summary>
    public static string Of(string title) => title.Split(',', ';')[0].Trim();
}
