using BriefingBot.Knowledge.Model;
using LiteDB;

namespace BriefingBot.Knowledge.Store;

/// <summary>
/// Registers the model types on LiteDB's global mapper once, before any use: our own int/string ids (never auto ids),
/// and no lazy first-use mapping that two builds on different threads could race on.
/// </summary>
internal static class StoreMapping
{
    private static readonly Lazy<bool> Registered = new(Register, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Ensures the mappings exist.</summary>
    public static void Ensure() => _ = Registered.Value;

    private static bool Register()
    {
        var mapper = BsonMapper.Global;
        mapper.Entity<Article>().Id(a => a.Id, autoId: false);
        mapper.Entity<Sentence>().Id(s => s.Id, autoId: false);
        mapper.Entity<Entity>().Id(e => e.Id, autoId: false);
        mapper.Entity<Mention>().Id(m => m.Id, autoId: false);
        mapper.Entity<Statement>().Id(s => s.Id, autoId: false);
        mapper.Entity<TimeExpression>().Id(t => t.Id, autoId: false);
        mapper.Entity<Quantity>().Id(q => q.Id, autoId: false);
        mapper.Entity<Fact>().Id(f => f.Id, autoId: false);
        mapper.Entity<StoreMeta>().Id(m => m.Id, autoId: false);
        foreach (var sample in new object[] { new Article(), new Sentence(), new Entity(), new Mention(), new Statement(), new TimeExpression(), new Quantity(), new Fact(), new StoreMeta() })
        {
            _ = mapper.ToDocument(sample.GetType(), sample);
        }

        return true;
    }
}
