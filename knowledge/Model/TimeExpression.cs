namespace BriefingBot.Knowledge.Model;

/// <summary>A date or time expression in a sentence, resolved against the article's publication date.</summary>
public sealed class TimeExpression
{
    /// <summary>Global id.</summary>
    public int Id { get; set; }
    /// <summary>The sentence it stands in.</summary>
    public int SentenceId { get; set; }
    /// <summary>The original words ("last October").</summary>
    public string Text { get; set; } = "";
    /// <summary>Offset within the sentence.</summary>
    public int Start { get; set; }
    /// <summary>Recognizers' TIMEX value ("2016-10").</summary>
    public string Timex { get; set; } = "";
    /// <summary>Recognizers' type (date, daterange, datetime, duration, set ...).</summary>
    public string Type { get; set; } = "";
    /// <summary>Start of the resolved period, when it has one.</summary>
    public DateTime? ResolvedStart { get; set; }
    /// <summary>End of the resolved period (exclusive), when it has one.</summary>
    public DateTime? ResolvedEnd { get; set; }
    /// <summary>Human wording of the resolution ("October 2016", "Monday 17 April 2017").</summary>
    public string Display { get; set; } = "";
}
