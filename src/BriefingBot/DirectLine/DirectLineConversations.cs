using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace BriefingBot.DirectLine;

/// <summary>
/// The open Direct Line conversations, held in memory: at most <see cref="DirectLineOptions.MaxConversations"/>,
/// each forgotten after <see cref="DirectLineOptions.ConversationIdleTimeout"/> without use.
/// </summary>
public sealed class DirectLineConversations
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _byId = new(StringComparer.Ordinal);
    private readonly object _openGate = new();
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _clock;

    /// <summary>Creates the registry.</summary>
    public DirectLineConversations(IOptions<DirectLineOptions> options, TimeProvider clock)
    {
        _options = options.Value;
        _clock = clock;
    }

    /// <summary>How many conversations are held (expired ones included until the next sweep).</summary>
    public int Count => _byId.Count;

    /// <summary>The live conversation with this id, marked as used; null when unknown or expired.</summary>
    public DirectLineConversation? Find(string id)
    {
        if (!_byId.TryGetValue(id, out var conversation)) return null;
        var now = _clock.GetUtcNow();
        if (IsExpired(conversation, now))
        {
            _byId.TryRemove(id, out _);
            return null;
        }

        conversation.Touch(now);
        return conversation;
    }

    /// <summary>The conversation with this id, created if needed; null when the registry is full.</summary>
    public DirectLineConversation? Open(string id)
    {
        lock (_openGate)
        {
            var existing = Find(id);
            if (existing is not null) return existing;
            RemoveExpired();
            if (_byId.Count >= _options.MaxConversations) return null;
            var created = new DirectLineConversation(id, _options.MaxActivitiesPerConversation, _clock.GetUtcNow());
            _byId[id] = created;
            return created;
        }
    }

    private void RemoveExpired()
    {
        var now = _clock.GetUtcNow();
        foreach (var (id, conversation) in _byId)
        {
            if (IsExpired(conversation, now)) _byId.TryRemove(id, out _);
        }
    }

    private bool IsExpired(DirectLineConversation conversation, DateTimeOffset now)
        => now - conversation.LastActive > _options.ConversationIdleTimeout;
}
