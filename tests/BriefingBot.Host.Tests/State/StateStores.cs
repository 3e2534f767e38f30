using BriefingBot.State;
using LiteDB;

namespace BriefingBot.Host.Tests.State;

/// <summary>Opens state stores the way the host does.</summary>
public static class StateStores
{
    /// <summary>A LiteDbStorage on a file in shared connection mode.</summary>
    public static LiteDbStorage OpenShared(string path)
        => new(new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Shared }));

    /// <summary>A LiteDbStorage on a file in the default direct mode, opened by the host's factory (file lock and cache).</summary>
    public static LiteDbStorage OpenDirect(string path)
    {
        var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build();
        var factory = new StateStorageFactory(Microsoft.Extensions.Logging.Abstractions.NullLogger<StateStorageFactory>.Instance, TimeProvider.System, configuration);
        return (LiteDbStorage)factory.Open(path);
    }
}

/// <summary>A temporary folder deleted on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    /// <summary>Creates an empty folder under the system temp folder.</summary>
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "briefingbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    /// <summary>The folder.</summary>
    public string Path { get; }

    /// <summary>A file name inside the folder.</summary>
    public string PathOf(string name) => System.IO.Path.Combine(Path, name);

    /// <inheritdoc />
    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
