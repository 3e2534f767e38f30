namespace BriefingBot.Dialogs.Replies;

/// <summary>What kind of reply it is; channels render all kinds the same way, tests and logs tell them apart.</summary>
public enum ReplyKind { Answer, Refusal, Clarification, Information }

/// <summary>A reply before it becomes an activity: the short answer, its sources and suggested next questions.</summary>
public sealed record BotReply(ReplyKind Kind, string Headline)
{
    /// <summary>Optional sentences under the headline (a summary's points, a profile's facts).</summary>
    public IReadOnlyList<string> Details { get; init; } = Array.Empty<string>();
    /// <summary>An optional line under the details: what the user could ask next.</summary>
    public string? Footer { get; init; }
    /// <summary>Where the answer comes from: each cited sentence with its article.</summary>
    public IReadOnlyList<Citation> Citations { get; init; } = Array.Empty<Citation>();
    /// <summary>Buttons: questions or choices the user can send with one click.</summary>
    public IReadOnlyList<string> SuggestedActions { get; init; } = Array.Empty<string>();
}

/// <summary>A cited sentence and the article it stands in.</summary>
public sealed record Citation(string Sentence, string ArticleTitle, DateTime Published, string? Source);
