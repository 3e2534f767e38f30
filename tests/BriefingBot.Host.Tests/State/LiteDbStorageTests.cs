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
public sealed class LiteDbStorageFileTests : LiteDbStorageContract
{
    private readonly TempFolder _folder;

    public LiteDbStorageFileTests()
        : this(new TempFolder())
    {
    }

    private LiteDbStorageFileTests(TempFolder folder)
        : base(StateStores.OpenShared(folder.PathOf("state.db")))
    {
        _folder = folder;
    }

    public override void Dispose()
    {
        base.Dispose();
        _folder.Dispose();
    }
}
