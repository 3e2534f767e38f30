using System.ComponentModel.DataAnnotations;

namespace BriefingBot.DirectLine;

/// <summary>Settings of the built-in Direct Line 3.0 endpoint (configuration section <c>DirectLine</c>).</summary>
public sealed class DirectLineOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "DirectLine";

    /// <summary>When set, every Direct Line route needs this secret or a token generated from it; empty means open.</summary>
    public string? Secret { get; set; }

    /// <summary>How long a generated token stays valid.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A conversation nobody touched (posted to or polled) for this long is forgotten.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan ConversationIdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The most conversations held at once; further ones are refused with 429 until some expire.</summary>
    [Range(1, 1_000_000)]
    public int MaxConversations { get; set; } = 1000;

    /// <summary>The most activities kept per conversation; older ones are dropped (watermarks stay valid).</summary>
    [Range(10, 100_000)]
    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>The largest activity body accepted, in bytes.</summary>
    [Range(1024, 10_000_000)]
    public int MaxActivityBytes { get; set; } = 256 * 1024;

    /// <summary>The bot's id in Direct Line conversations.</summary>
    public string BotId { get; set; } = "briefingbot";

    /// <summary>The bot's display name in Direct Line conversations.</summary>
    public string BotName { get; set; } = "BriefingBot";

    /// <summary>True when the routes are locked down by a secret.</summary>
    public bool IsLockedDown => !string.IsNullOrEmpty(Secret);
}
