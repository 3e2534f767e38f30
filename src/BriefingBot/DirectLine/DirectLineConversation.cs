using Microsoft.Bot.Schema;

namespace BriefingBot.DirectLine;

/// <summary>
/// One Direct Line conversation: its activity stream with absolute positions (the watermark is the position of
/// the next activity), a bounded window of retained activities, and a lock that runs its bot turns one at a time.
/// </summary>
public sealed class DirectLineConversation
{
    private readonly object _gate = new();
    private readonly Queue<Activity> _retained = new();
    private readonly int _capacity;
    private long _firstPosition;
    private long _lastActiveTicks;

    /// <summary>Creates an empty conversation.</summary>
    public DirectLineConversation(string id, int capacity, DateTimeOffset now)
    {
        Id = id;
        _capacity = capacity;
        Touch(now);
    }

    /// <summary>The conversation id.</summary>
    public string Id { get; }

    /// <summary>Held while a bot turn of this conversation runs, so turns and their replies never interleave.</summary>
    public SemaphoreSlim TurnLock { get; } = new(1, 1);

    /// <summary>When a client last used this conversation.</summary>
    public DateTimeOffset LastActive => new(Interlocked.Read(ref _lastActiveTicks), TimeSpan.Zero);

    /// <summary>The watermark a client holding every activity would send.</summary>
    public long Watermark
    {
        get { lock (_gate) { return _firstPosition + _retained.Count; } }
    }

    /// <summary>Marks the conversation as used now.</summary>
    public void Touch(DateTimeOffset now) => Interlocked.Exchange(ref _lastActiveTicks, now.UtcTicks);

    /// <summary>Appends an activity, giving it its Direct Line id (<c>conversationId|position</c>); returns the id.</summary>
    public string Append(Activity activity)
    {
        lock (_gate)
        {
            activity.Id = $"{Id}|{_firstPosition + _retained.Count:D7}";
            _retained.Enqueue(activity);
            while (_retained.Count > _capacity)
            {
                _retained.Dequeue();
                _firstPosition++;
            }

            return activity.Id;
        }
    }

    /// <summary>The retained activities at or after <paramref name="watermark"/>, and the new watermark.</summary>
    public (IReadOnlyList<Activity> Activities, long Watermark) ReadFrom(long watermark)
    {
        lock (_gate)
        {
            var end = _firstPosition + _retained.Count;
            var skip = Math.Max(0, watermark - _firstPosition);
            return (_retained.Skip((int)Math.Min(skip, _retained.Count)).ToList(), end);
        }
    }
}
