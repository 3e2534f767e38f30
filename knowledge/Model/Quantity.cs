namespace BriefingBot.Knowledge.Model;

/// <summary>A number or amount in a sentence ("38 countries", "up to 90 days", "less than seven percent").</summary>
public sealed class Quantity
{
    /// <summary>Global id.</summary>
    public int Id { get; set; }
    /// <summary>The sentence it stands in.</summary>
    public int SentenceId { get; set; }
    /// <summary>The original words, with the modifier and the counted noun ("up to 90 days").</summary>
    public string Text { get; set; } = "";
    /// <summary>Offset within the sentence.</summary>
    public int Start { get; set; }
    /// <summary>Numeric value.</summary>
    public double Value { get; set; }
    /// <summary>Unit or counted noun ("Day", "countries", "%").</summary>
    public string Unit { get; set; } = "";
    /// <summary>number, percentage, duration, currency, dimension, ordinal.</summary>
    public string Kind { get; set; } = "";
    /// <summary>Comparative modifier when present ("up to", "less than", "more than", "about").</summary>
    public string? Modifier { get; set; }
}
