using BriefingBot.Host.Tests.Infrastructure;
using BriefingBot.Host.Tests.Load;
using BriefingBot.Host.Tests.State;
using LiteDB;

namespace BriefingBot.Host.Tests.Faults;

/// <summary>Two host processes on one state file (shared connection mode): both answer, neither loses or damages state.</summary>
public sealed class TwoProcessStateTests : IDisposable
{
    private const int Conversations = 6;
    private const int Turns = 20;
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Two_processes_taking_turns_in_the_same_conversations_keep_every_follow_up_and_a_whole_file()
    {
        var state = _folder.PathOf("state.db");
        var failures = new List<string>();
        await using (var first = await StartAsync(state, "first.db"))
        await using (var second = await StartAsync(state, "second.db"))
        {
            await Task.WhenAll(Enumerable.Range(0, Conversations).Select(c => TalkAsync(c, [first, second], failures)));
        }

        Assert.Empty(failures);
        using var database = new LiteDatabase(new ConnectionString { Filename = state, Connection = ConnectionType.Direct, ReadOnly = true });
        Assert.Equal(Conversations, database.GetCollection("state").Count(Query.StartsWith("_id", "emulator/conversations/two-process-")));
    }

    [Fact]
    public async Task In_the_default_direct_mode_a_second_process_on_the_same_file_answers_from_memory_and_the_file_stays_whole()
    {
        var state = _folder.PathOf("state.db");
        await using (var first = await HostProcess.StartAsync(("State:StorePath", state), ("Knowledge:StorePath", _folder.PathOf("a.db"))))
        await using (var second = await HostProcess.StartAsync(("State:StorePath", state), ("Knowledge:StorePath", _folder.PathOf("b.db"))))
        {
            var a = await first.AskAsync("Who is John Kelly?", "direct-first");
            var b = await second.AskAsync("Who is John Kelly?", "direct-second");
            Assert.Contains("Kelly", (string?)a.FirstOrDefault()?["text"]);
            Assert.Contains("Kelly", (string?)b.FirstOrDefault()?["text"]);
        }

        // The processes were killed: opening the file as a restarted host would (not read-only) replays its log.
        using var database = new LiteDatabase(new ConnectionString { Filename = state, Connection = ConnectionType.Direct });
        Assert.Equal(1, database.GetCollection("state").Count(Query.StartsWith("_id", "emulator/conversations/direct-first")));
    }

    private Task<HostProcess> StartAsync(string state, string knowledge) => HostProcess.StartAsync(
        ("State:StorePath", state), ("State:Connection", "shared"), ("Knowledge:StorePath", _folder.PathOf(knowledge)), ("Bot:RateLimit:PermitsPerMinute", "0"));

    // Turn n goes to process n % 2, so every follow-up is read by the process that did not write its subject.
    private static async Task TalkAsync(int conversation, HostProcess[] hosts, List<string> failures)
    {
        var subject = LoadSubject.For(conversation);
        for (var turn = 0; turn < Turns; turn++)
        {
            var (question, expected) = subject.Turn(turn);
            var replies = await hosts[turn % 2].AskAsync(question, $"two-process-{conversation}");
            var text = (string?)replies.FirstOrDefault()?["text"] ?? "";
            if (!text.StartsWith(expected, StringComparison.Ordinal))
            {
                lock (failures) failures.Add($"conversation {conversation} turn {turn}: expected \"{expected}…\", got \"{text[..Math.Min(100, text.Length)]}\"");
            }
        }
    }
}
