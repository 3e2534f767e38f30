using LiteDB;
using Microsoft.Bot.Builder;

namespace BriefingBot.State;

/// <summary>
/// Opens the conversation-state store named by <c>State:StorePath</c> (default <c>data/state.db</c> under the
/// content root). A corrupt file is kept aside as it was found and a new store started; a folder that cannot
/// be written leaves state in memory. Either way the host starts and says so in one log line.
/// </summary>
public sealed class StateStorageFactory
{
    /// <summary>The store file used when none is configured, relative to the content root.</summary>
    public const string DefaultPath = "data/state.db";

    private readonly ILogger<StateStorageFactory> _logger;
    private readonly TimeProvider _clock;
    private readonly ConnectionType _connection;

    /// <summary>Creates the factory; <c>State:Connection</c> is <c>direct</c> (default) or <c>shared</c>.</summary>
    public StateStorageFactory(ILogger<StateStorageFactory> logger, TimeProvider clock, IConfiguration configuration)
    {
        _logger = logger;
        _clock = clock;
        _connection = ConnectionFor(configuration["State:Connection"]);
    }

    /// <summary>Resolves the configured store path against the content root.</summary>
    public static string ResolvePath(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["State:StorePath"];
        var path = string.IsNullOrWhiteSpace(configured) ? DefaultPath : configured;
        return Path.GetFullPath(path, environment.ContentRootPath);
    }

    /// <summary>Opens the store at <paramref name="path"/>, recovering from a corrupt or unwritable file.</summary>
    public IStorage Open(string path)
    {
        try
        {
            return OpenOrRecover(Path.GetFullPath(path));
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException or LiteException)
        {
            _logger.LogError("State store {Path} cannot be opened or written ({Reason}); conversation state is kept in memory and will be lost on restart.",
                path, e.Message);
            return new MemoryStorage();
        }
    }

    /// <summary>
    /// Direct (the default) keeps the file open in this process: fast, and a second process on the same file is
    /// refused and falls back to memory. Shared takes a machine-wide mutex and reopens the file on every operation,
    /// so several processes can share it, at about a tenth of the throughput (see README, Performance).
    /// </summary>
    private static ConnectionType ConnectionFor(string? configured) =>
        string.Equals(configured, "shared", StringComparison.OrdinalIgnoreCase) ? ConnectionType.Shared : ConnectionType.Direct;

    /// <summary>
    /// In direct mode two processes writing one file would interleave their logs, so the first process holds
    /// <c>FILE.lock</c> open exclusively for its lifetime and a second one gets an IOException (and memory state).
    /// </summary>
    private static FileStream ExclusiveLock(string path) =>
        new(path + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);

    private IStorage OpenOrRecover(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Taken before anything else: a file another process holds is busy, not corrupt, and must not be touched.
        var fileLock = _connection == ConnectionType.Direct ? ExclusiveLock(path) : null;
        var files = new StoreFiles(path);
        var snapshot = files.Snapshot();
        try
        {
            var storage = OpenChecked(path, fileLock);
            snapshot?.Delete();
            return storage;
        }
        catch (Exception e) when (e is not UnauthorizedAccessException && snapshot != null)
        {
            var aside = snapshot.KeepAs($"{path}.corrupt-{_clock.GetUtcNow():yyyyMMddTHHmmssfff}");
            files.Delete();
            _logger.LogError("State store {Path} is corrupt ({Reason}); kept it as {Aside} and started an empty store.", path, e.Message, aside);
            return OpenChecked(path, fileLock);
        }
        catch
        {
            fileLock?.Dispose();
            throw;
        }
    }

    private LiteDbStorage OpenChecked(string path, FileStream? fileLock)
    {
        LiteDatabase? database = null;
        try
        {
            database = new LiteDatabase(new ConnectionString { Filename = path, Connection = _connection });
            // Read every stored item once: damage past the first pages only shows when those pages are read.
            var storage = new LiteDbStorage(database, fileLock);
            database.GetCollection("opened").Upsert(new BsonDocument { ["_id"] = 1, ["at"] = DateTime.UtcNow, ["items"] = storage.CountStored() });
            return storage;
        }
        catch
        {
            database?.Dispose();
            throw;
        }
    }
}
