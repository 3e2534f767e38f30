namespace BriefingBot.State;

/// <summary>
/// Group commit: writes that arrive while a commit is running wait for it and are then committed together in
/// one transaction, so concurrent turns share one durable log write instead of queueing for one each. Each
/// caller's task completes only after the commit that holds its write, so no caller replies before its
/// state is stored. No timer and no delay: a write that finds the store idle is committed at once.
/// </summary>
/// <typeparam name="TWrite">One caller's write, as the commit action takes it.</typeparam>
public sealed class GroupCommit<TWrite>
{
    private readonly Action<IReadOnlyList<Pending>> _commit;
    private readonly object _sync = new();
    private List<Pending> _waiting = new();
    private bool _committing;

    /// <summary>
    /// Creates the queue; <paramref name="commit"/> stores a batch and completes (or fails) every entry of it.
    /// It is never run twice at once.
    /// </summary>
    public GroupCommit(Action<IReadOnlyList<Pending>> commit) => _commit = commit;

    /// <summary>Queues <paramref name="write"/>; the task completes when the batch holding it is committed.</summary>
    public Task WriteAsync(TWrite write)
    {
        var pending = new Pending(write);
        bool lead;
        lock (_sync)
        {
            _waiting.Add(pending);
            lead = !_committing;
            _committing = true;
        }

        if (lead) CommitWaiting();
        return pending.Task;
    }

    // The caller that found the store idle commits what is waiting (its own write among it). Writes that arrived
    // meanwhile are committed by a thread-pool task, so no caller is kept committing other turns' writes forever.
    private void CommitWaiting()
    {
        List<Pending> batch;
        lock (_sync)
        {
            batch = _waiting;
            _waiting = new List<Pending>();
        }

        try
        {
            _commit(batch);
        }
        catch (Exception e)
        {
            batch.ForEach(p => p.Fail(e));
        }

        lock (_sync)
        {
            _committing = _waiting.Count > 0;
            if (!_committing) return;
        }

        ThreadPool.UnsafeQueueUserWorkItem(_ => CommitWaiting(), null);
    }

    /// <summary>One caller's write and the task it awaits.</summary>
    public sealed class Pending
    {
        // Continuations run on the thread pool, never inline on the committing thread.
        private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

        internal Pending(TWrite write) => Write = write;

        /// <summary>What the caller asked to write.</summary>
        public TWrite Write { get; }

        internal Task Task => _done.Task;

        /// <summary>Reports the write stored.</summary>
        public void Complete() => _done.TrySetResult();

        /// <summary>Reports the write not stored, with why.</summary>
        public void Fail(Exception reason) => _done.TrySetException(reason);
    }
}
