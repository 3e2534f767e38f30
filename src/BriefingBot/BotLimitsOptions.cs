namespace BriefingBot;

/// <summary>Limits on what one request or one conversation may send (configuration section <c>Bot</c>).</summary>
public sealed class BotLimitsOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Bot";

    /// <summary>Longest message text, in characters, that the bot reads; longer ones get a polite reply.</summary>
    public int MaxMessageLength { get; set; } = 2000;

    /// <summary>Largest request body accepted on <c>/api/messages</c>; larger ones get 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Longest time verifying a request's token may take (fetching signing keys included); then 401.</summary>
    public double AuthenticationTimeoutSeconds { get; set; } = 10;

    /// <summary>Per-conversation rate limit.</summary>
    public RateLimitOptions RateLimit { get; set; } = new();

    /// <summary>Per-conversation rate limit (configuration section <c>Bot:RateLimit</c>).</summary>
    public sealed class RateLimitOptions
    {
        /// <summary>Messages one conversation may send per minute; 0 turns the limit off.</summary>
        public int PermitsPerMinute { get; set; } = 60;
    }
}
