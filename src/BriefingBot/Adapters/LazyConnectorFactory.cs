using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace BriefingBot.Adapters;

/// <summary>
/// Hands the adapter connector clients that are built on first use. The adapter builds one on every turn, which
/// costs as much CPU as a tenth of an echo turn (a user-agent regex is parsed each time); a turn whose replies go
/// back in the HTTP response (expectReplies, the in-process Direct Line) never uses it, so only such turns get this
/// factory.
/// </summary>
public sealed class LazyConnectorFactory : ConnectorFactory
{
    private readonly ConnectorFactory _inner;

    /// <summary>Wraps the SDK's factory.</summary>
    public LazyConnectorFactory(ConnectorFactory inner) => _inner = inner;

    /// <inheritdoc />
    public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken = default)
        => Task.FromResult<IConnectorClient>(new LazyConnectorClient(() => _inner.CreateAsync(serviceUrl, audience, CancellationToken.None)));

    /// <summary>The connector client itself, built when a member is first used.</summary>
    private sealed class LazyConnectorClient(Func<Task<IConnectorClient>> create) : IConnectorClient
    {
        // The SDK's factory finishes synchronously (credentials are objects; tokens are fetched per request later),
        // so waiting here does not block a thread on I/O.
        private readonly Lazy<IConnectorClient> _client = new(() => create().GetAwaiter().GetResult());

        public Uri BaseUri { get => _client.Value.BaseUri; set => _client.Value.BaseUri = value; }

        public JsonSerializerSettings SerializationSettings => _client.Value.SerializationSettings;

        public JsonSerializerSettings DeserializationSettings => _client.Value.DeserializationSettings;

        public ServiceClientCredentials Credentials => _client.Value.Credentials;

        public IAttachments Attachments => _client.Value.Attachments;

        public IConversations Conversations => _client.Value.Conversations;

        public void Dispose()
        {
            if (_client.IsValueCreated) _client.Value.Dispose();
        }
    }
}
