using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace BriefingBot.DirectLine;

/// <summary>Direct Line 3.0 response bodies: Bot Framework JSON (Newtonsoft, nulls omitted) and its error shape.</summary>
public static class DirectLineResults
{
    /// <summary>The serializer settings the Bot Framework schema types expect.</summary>
    public static readonly JsonSerializerSettings Settings = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        ContractResolver = new DefaultContractResolver(),
        MaxDepth = 64,
    };

    /// <summary>A JSON body with the given status.</summary>
    public static IResult Json(object body, int status = StatusCodes.Status200OK)
        => Results.Content(JsonConvert.SerializeObject(body, Settings), "application/json", Encoding.UTF8, status);

    /// <summary>A Direct Line error body: <c>{"error":{"code":..,"message":..}}</c>.</summary>
    public static IResult Error(int status, string code, string message)
        => Json(new { error = new { code, message } }, status);

    /// <summary>401: the routes are locked down and the request has neither the secret nor a valid token.</summary>
    public static IResult Unauthorized()
        => Error(StatusCodes.Status401Unauthorized, "Unauthorized", "Send 'Authorization: Bearer <secret or token>'; tokens expire.");

    /// <summary>403: the token belongs to another conversation.</summary>
    public static IResult Forbidden()
        => Error(StatusCodes.Status403Forbidden, "Forbidden", "This token is for another conversation.");

    /// <summary>404: no such (or an expired) conversation.</summary>
    public static IResult UnknownConversation(string conversationId)
        => Error(StatusCodes.Status404NotFound, "BadArgument", $"Conversation '{conversationId}' does not exist or has expired.");
}
