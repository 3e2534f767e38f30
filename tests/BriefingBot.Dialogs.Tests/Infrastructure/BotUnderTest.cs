using BriefingBot.Dialogs.Bot;
using BriefingBot.Dialogs.Routing;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Store;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace BriefingBot.Dialogs.Tests.Infrastructure;

/// <summary>
/// The real bot (dialogs as the host composes them) over a real LiteDB store built from every article in
/// data/articles, driven through Bot.Builder's TestAdapter: activities in, activities out.
/// </summary>
public sealed class BotUnderTest : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly string? _storePath;
    private readonly Dictionary<string, TestAdapter> _conversations = new();

    /// <summary>Builds the store and composes the bot.</summary>
    public BotUnderTest() : this(Path.Combine(AppContext.BaseDirectory, "data", "articles")) { }

    /// <summary>Builds the store from <paramref name="articlesPath"/> and composes the bot.</summary>
    public BotUnderTest(string articlesPath) : this(Path.Combine(Path.GetTempPath(), $"briefingbot-dialogs-{Guid.NewGuid():N}.db"), articlesPath) { }

    /// <summary>Composes the bot over knowledge already loaded (see <see cref="InventedArticles"/>).</summary>
    public BotUnderTest(BriefingKnowledge knowledge) : this(knowledge, null) { }

    private BotUnderTest(string storePath, string articlesPath)
        : this(new BriefingKnowledge(new KnowledgeStore(NullLogger.Instance).Ensure(articlesPath, storePath).Knowledge), storePath) { }

    private BotUnderTest(BriefingKnowledge knowledge, string? storePath)
    {
        _storePath = storePath;
        Knowledge = knowledge;
        var configuration = new ConfigurationBuilder().Build();
        _services = new ServiceCollection()
            .AddSingleton<IBriefingKnowledge>(Knowledge)
            .AddBriefingDialogs(configuration)
            .AddSingleton<IStorage, MemoryStorage>()
            .AddSingleton<ConversationState>()
            .AddSingleton<UserState>()
            .AddSingleton<BriefingActivityHandler>()
            .BuildServiceProvider();
    }

    /// <summary>The knowledge the bot answers from.</summary>
    public BriefingKnowledge Knowledge { get; }

    /// <summary>The dialog router of the composed bot (answering without the Bot Framework turn around it).</summary>
    public DialogRouter Router => _services.GetRequiredService<DialogRouter>();

    /// <summary>One of the bot's own services, for tests of a single step (understanding, an answerer).</summary>
    public T Service<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Sends a message in a conversation and returns the bot's replies.</summary>
    public async Task<IReadOnlyList<IMessageActivity>> SayAsync(string conversationId, string text)
    {
        if (!_conversations.TryGetValue(conversationId, out var adapter))
        {
            _conversations[conversationId] = adapter = new TestAdapter(TestAdapter.CreateConversation(conversationId));
        }

        var bot = _services.GetRequiredService<BriefingActivityHandler>();
        await adapter.SendTextToBotAsync(text, bot.OnTurnAsync, CancellationToken.None);
        var replies = new List<IMessageActivity>();
        while (adapter.GetNextReply() is IMessageActivity reply) replies.Add(reply);
        return replies;
    }

    /// <summary>Sends a message and returns all reply text of the turn.</summary>
    public async Task<string> AskAsync(string conversationId, string text) =>
        string.Join("\n", (await SayAsync(conversationId, text)).Select(r => r.Text));

    /// <summary>Asks in a new conversation and returns the reply's first paragraph: the answer, without its citation.</summary>
    public async Task<string> AnswerAsync(string question) => (await AskAsync(Guid.NewGuid().ToString("N"), question)).Split("\n\n")[0];

    /// <inheritdoc />
    public void Dispose()
    {
        _services.Dispose();
        if (_storePath is not null) File.Delete(_storePath);
    }
}
