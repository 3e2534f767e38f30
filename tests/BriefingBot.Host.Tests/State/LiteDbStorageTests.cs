using BriefingBot.State;
using LiteDB;

namespace BriefingBot.Host.Tests.State;

/// <summary>The contract on an in-memory LiteDB database.</summary>
public sealed class LiteDbStorageInMemoryTests : LiteDbStorageContract
{
    public LiteDbStorageInMemoryTests()
        : base(new LiteDbStorage(new LiteDatabase(new MemoryStream())))
    {
    }
}

/// <summary>The contract on a real file in shared mode, opened as the host opens it.</summary>
public sealed class LiteDbStorageFileTests() : LiteDbStorageOnFileContract(StateStores.OpenShared);

/// <summary>The contract on a real file in the default direct mode, opened by the host's factory: the group commit and the cache.</summary>
public sealed class LiteDbStorageDirectFileTests() : LiteDbStorageOnFileContract(StateStores.OpenDirect);

/// <summary>The contract on a store file in a temporary folder deleted afterwards.</summary>
public abstract class LiteDbStorageOnFileContract : LiteDbStorageContract
{
    private readonly TempFolder _folder;

    protected LiteDbStorageOnFileContract(Func<string, LiteDbStorage> open)
        : this(new TempFolder(), open)
    {
    }

    private LiteDbStorageOnFileContract(TempFolder folder, Func<string, LiteDbStorage> open)
        : base(open(folder.PathOf("state.db")))
    {
        _folder = folder;
    }

    public override void Dispose()
    {
        base.Dispose();
        _folder.Dispose();
    }
}
