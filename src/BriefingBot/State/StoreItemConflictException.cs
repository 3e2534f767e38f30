namespace BriefingBot.State;

/// <summary>A write was rejected because the item changed since the writer read it (its eTag is stale).</summary>
public sealed class StoreItemConflictException : Exception
{
    /// <summary>Creates the exception for a key, the eTag the writer had and the one stored.</summary>
    public StoreItemConflictException(string key, string expectedETag, string currentETag)
        : base($"eTag conflict on '{key}': the write expected eTag {expectedETag} but the stored item has {currentETag}.")
    {
        Key = key;
    }

    /// <summary>The storage key whose write was rejected.</summary>
    public string Key { get; }
}
