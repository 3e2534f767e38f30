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

    /// <summary>Creates the factory.</summary>
    public StateStorageFactory(ILogger<StateStorageFactory> logger, TimeProvider clock)
    {
        _logger = logger;
        _clock = clock;
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

    private IStorage OpenOrRecover(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var files = new StoreFiles(path);
        var snapshot = files.Snapshot();
        try
        {
            var storage = OpenChecked(path);
            snapshot?.Delete();
            return storage;
        }
        catch (Exception e) when (e is not UnauthorizedAccessException && snapshot != null)
        {
            var aside = snapshot.KeepAs($"{path}.corrupt-{_clock.GetUtcNow():yyyyMMddTHHmmssfff}");
            files.Delete();
            _logger.LogError("State store {Path} is corrupt ({Reason}); kept it as {Aside} and started an empty store.", path, e.Message, aside);
            return OpenChecked(path);
        }
    }

    private static LiteDbStorage OpenChecked(string path)
    {
        // Shared mode: every operation takes a named mutex and opens the file, so two processes may use one file.
        var database = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Shared });
        try
        {
            // Read every stored item once: damage past the first pages only shows when those pages are read.
            var items = database.GetCollection("state").FindAll().Count();
            database.GetCollection("opened").Upsert(new BsonDocument { ["_id"] = 1, ["at"] = DateTime.UtcNow, ["items"] = items });
            return new LiteDbStorage(database);
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }
}
