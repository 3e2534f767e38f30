using BriefingBot.State;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BriefingBot.Host.Tests.State;

public sealed class StateStorageFactoryTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ListLogger _log = new();

    public void Dispose() => _folder.Dispose();

    private StateStorageFactory Factory() => new(_log, TimeProvider.System, new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());

    [Theory]
    [InlineData("random bytes")]
    [InlineData("zeros")]
    [InlineData("truncated store")]
    public async Task A_corrupt_store_is_moved_aside_with_one_log_line_and_a_new_store_works(string damage)
    {
        var path = _folder.PathOf("state.db");
        await Damage(path, damage);
        var original = await File.ReadAllBytesAsync(path);

        var storage = Factory().Open(path);

        using (storage as IDisposable)
        {
            Assert.IsType<LiteDbStorage>(storage);
            await storage.WriteAsync(new Dictionary<string, object> { ["k"] = "after recovery" });
            Assert.Equal("after recovery", (await storage.ReadAsync(["k"]))["k"]);
        }

        var aside = Assert.Single(Directory.GetFiles(_folder.Path, "state.db.corrupt-*"), f => !f.EndsWith("-log"));
        Assert.Equal(original, await File.ReadAllBytesAsync(aside));
        var line = Assert.Single(_log.Lines);
        Assert.Contains("corrupt", line);
        Assert.Contains(aside, line);
    }

    [Fact]
    public async Task A_healthy_store_is_opened_as_it_is_without_a_log_line()
    {
        var path = _folder.PathOf("state.db");
        using (var first = (LiteDbStorage)Factory().Open(path))
        {
            await first.WriteAsync(new Dictionary<string, object> { ["k"] = "kept" });
        }

        using var second = (LiteDbStorage)Factory().Open(path);

        Assert.Equal("kept", (await second.ReadAsync(["k"]))["k"]);
        Assert.Empty(_log.Lines);
    }

    [Fact]
    public void A_folder_that_cannot_be_written_leaves_state_in_memory_with_one_log_line()
    {
        var path = Unwritable.StorePath(_folder);

        var storage = Factory().Open(path);

        Assert.IsType<MemoryStorage>(storage);
        var line = Assert.Single(_log.Lines);
        Assert.Contains("in memory", line);
    }

    private static async Task Damage(string path, string damage)
    {
        switch (damage)
        {
            case "random bytes":
                var bytes = new byte[64 * 1024];
                new Random(6).NextBytes(bytes);
                await File.WriteAllBytesAsync(path, bytes);
                break;
            case "zeros":
                await File.WriteAllBytesAsync(path, new byte[32 * 1024]);
                break;
            default:
                using (var storage = StateStores.OpenShared(path))
                {
                    for (var i = 0; i < 50; i++)
                    {
                        await storage.WriteAsync(new Dictionary<string, object> { [$"k{i}"] = new string('x', 2000) });
                    }
                }

                var whole = await File.ReadAllBytesAsync(path);
                await File.WriteAllBytesAsync(path, whole[..(whole.Length / 3)].Concat(new byte[100]).ToArray());
                break;
        }
    }

    /// <summary>Collects formatted log lines at warning level and above.</summary>
    private sealed class ListLogger : ILogger<StateStorageFactory>
    {
        public List<string> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                Lines.Add(formatter(state, exception));
            }
        }
    }
}
