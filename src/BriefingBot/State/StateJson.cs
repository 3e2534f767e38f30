using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using JsonSerializer = Newtonsoft.Json.JsonSerializer;

namespace BriefingBot.State;

/// <summary>
/// State items as JSON. As in MemoryStorage, type names travel with the JSON so state objects come back as their
/// own types; unlike it, only types from an allow-list of assemblies are created when reading, so a state file
/// edited by someone else cannot make the host instantiate arbitrary types.
/// </summary>
public static class StateJson
{
    private static readonly JsonSerializer Serializer = new()
    {
        TypeNameHandling = TypeNameHandling.All,
        ReferenceLoopHandling = ReferenceLoopHandling.Error,
        SerializationBinder = new StateTypesBinder(),
    };

    /// <summary>The item as JSON with its type names.</summary>
    public static string Write(object? value)
    {
        using var writer = new StringWriter();
        Serializer.Serialize(writer, value);
        return writer.ToString();
    }

    /// <summary>The item written by <see cref="Write"/>; throws when the JSON names a type outside the allow-list.</summary>
    public static object? Read(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json));
        return Serializer.Deserialize(reader);
    }

    /// <summary>The eTag a writer expects the stored item to have: an IStoreItem's, or a JObject's "ETag"; null for others.</summary>
    public static string? ExpectedETag(object? value) => value switch
    {
        Microsoft.Bot.Builder.IStoreItem item => item.ETag,
        JObject json => json.Value<string>("ETag"),
        _ => null,
    };
}
