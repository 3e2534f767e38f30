using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace BriefingBot.Host.Tests.BadInput;

/// <summary>One case of tests/data/bad-input/corpus.json, turned into an HTTP request (format in that folder's README).</summary>
public sealed class BadInputCase
{
    private const string BytesMarker = "@@RAW-BYTES@@";
    private readonly JsonObject _spec;

    public BadInputCase(JsonObject spec) => _spec = spec;

    public string Name => (string)_spec["name"]!;

    public string Expect => (string)_spec["expect"]!;

    public string ConversationId => "bad-" + Name;

    /// <summary>Loads every case of the corpus copied next to the test assembly.</summary>
    public static IReadOnlyList<BadInputCase> LoadCorpus()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "data", "bad-input", "corpus.json");
        return JsonNode.Parse(File.ReadAllText(path))!.AsArray().Select(c => new BadInputCase(c!.AsObject())).ToList();
    }

    /// <summary>Whether the status code is what the case expects.</summary>
    public bool Accepts(int status) => Expect switch
    {
        "4xx" => status is >= 400 and < 500,
        "2xx" => status is >= 200 and < 300,
        "not5xx" => status is >= 200 and < 500,
        _ => status == int.Parse(Expect),
    };

    /// <summary>The request the case describes.</summary>
    public HttpRequestMessage ToRequest()
    {
        var request = new HttpRequestMessage(new HttpMethod((string?)_spec["method"] ?? "POST"), "/api/messages");
        if (request.Method == HttpMethod.Get) return request;
        var content = new ByteArrayContent(Body());
        var contentType = (string?)_spec["contentType"] ?? "application/json";
        if (contentType.Length > 0) content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Content = content;

        // As curl does for large bodies: the server can refuse one (413) before it is sent, so the
        // connection is not reset under a client that is still writing.
        request.Headers.ExpectContinue = content.Headers.ContentLength > 64 * 1024;
        return request;
    }

    private byte[] Body()
    {
        var text = (string?)_spec["body"] ?? ActivityText();
        var encoding = (string?)_spec["encoding"] == "utf-16" ? Encoding.Unicode : new UTF8Encoding(false);
        var bytes = encoding.GetBytes(text);
        if (_spec["bom"] is not null) bytes = [.. Encoding.UTF8.GetPreamble(), .. bytes];
        return _spec["utf8Bytes"] is { } raw ? SpliceBytes(bytes, Convert.FromBase64String((string)raw!)) : bytes;
    }

    private string ActivityText()
    {
        var activity = BaseMessage();
        foreach (var (key, value) in _spec["patch"]?.AsObject() ?? [])
        {
            activity[key] = Expand(value);
        }

        foreach (var key in _spec["remove"]?.AsArray() ?? [])
        {
            activity.Remove((string)key!);
        }

        if (_spec["utf8Bytes"] is not null) activity["text"] = BytesMarker;
        var json = activity.ToJsonString();
        var tail = (string?)_spec["rawTail"] ?? NestedTail();
        return tail == null ? json : json[..^1] + tail + "}";
    }

    private JsonObject BaseMessage()
    {
        var activity = Infrastructure.Activities.Message("hello", ConversationId, "user-bad");
        activity["deliveryMode"] = "expectReplies";
        return activity;
    }

    private string? NestedTail()
    {
        if (_spec["generate"]?["kind"]?.GetValue<string>() != "nested") return null;
        var depth = (int)_spec["generate"]!["depth"]!;
        return ",\"channelData\":" + new string('[', depth) + new string(']', depth);
    }

    // {"$repeat": "a", "times": N} is a string of N "a"; {"$repeat": {...}, "times": N} an array of N copies.
    private static JsonNode? Expand(JsonNode? value)
    {
        if (value is JsonObject obj && obj.Remove("$repeat", out var unit))
        {
            var times = (int)obj["times"]!;
            return unit is JsonValue v && v.TryGetValue<string>(out var s)
                ? JsonValue.Create(string.Concat(Enumerable.Repeat(s, times)))
                : new JsonArray(Enumerable.Range(0, times).Select(_ => unit!.DeepClone()).ToArray());
        }

        if (value is JsonObject nested)
        {
            foreach (var key in nested.Select(p => p.Key).ToList())
            {
                nested[key] = Expand(nested[key]?.DeepClone());
            }
        }

        return value?.DeepClone();
    }

    private static byte[] SpliceBytes(byte[] body, byte[] raw)
    {
        var marker = Encoding.UTF8.GetBytes(BytesMarker);
        var at = body.AsSpan().IndexOf(marker);
        return [.. body[..at], .. raw, .. body[(at + marker.Length)..]];
    }

    public override string ToString() => Name;
}
