using BriefingBot.State;

namespace BriefingBot.Host.Tests.State;

public sealed class GroupCommitTests
{
    [Fact]
    public async Task Writes_that_arrive_during_a_commit_wait_for_it_and_are_committed_together_next()
    {
        var firstCommitRunning = new ManualResetEventSlim();
        var releaseFirstCommit = new ManualResetEventSlim();
        var batches = new List<string[]>();
        var commits = new GroupCommit<string>(batch =>
        {
            lock (batches) batches.Add(batch.Select(p => p.Write).ToArray());
            if (batch[0].Write == "a")
            {
                firstCommitRunning.Set();
                releaseFirstCommit.Wait(TimeSpan.FromSeconds(10));
            }

            foreach (var pending in batch) pending.Complete();
        });

        var a = Task.Run(() => commits.WriteAsync("a"));
        Assert.True(firstCommitRunning.Wait(TimeSpan.FromSeconds(10)));
        var later = new[] { commits.WriteAsync("b"), commits.WriteAsync("c"), commits.WriteAsync("d") };
        await Task.Delay(50);
        var waitedForTheCommit = later.All(t => !t.IsCompleted);
        releaseFirstCommit.Set();
        await Task.WhenAll(later.Append(a));

        Assert.True(waitedForTheCommit);
        Assert.Equal([["a"], ["b", "c", "d"]], batches);
    }

    [Fact]
    public async Task A_commit_that_throws_fails_the_writes_of_its_batch_and_the_next_write_is_committed()
    {
        var commits = new GroupCommit<string>(batch =>
        {
            if (batch.Any(p => p.Write == "bad")) throw new IOException("disk full");
            foreach (var pending in batch) pending.Complete();
        });

        var failed = await Assert.ThrowsAsync<IOException>(() => commits.WriteAsync("bad"));
        await commits.WriteAsync("good");

        Assert.Equal("disk full", failed.Message);
    }
}
