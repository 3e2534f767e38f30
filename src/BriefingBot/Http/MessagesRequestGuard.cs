using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace BriefingBot.Http;

/// <summary>
/// Endpoint filter for <c>POST /api/messages</c>: rejects what the adapter should never see with a clear 4xx —
/// a body over the size limit (413), a body that is not JSON (415), not an activity or missing a field every
/// channel sends (400) — and passes the rest, rewound, to the adapter.
/// </summary>
public sealed class MessagesRequestGuard : IEndpointFilter
{
    private readonly BotLimitsOptions _limits;

    /// <summary>Creates the guard.</summary>
    public MessagesRequestGuard(IOptions<BotLimitsOptions> limits) => _limits = limits.Value;

    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        var sizeLimit = context.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeLimit is { IsReadOnly: false }) sizeLimit.MaxRequestBodySize = _limits.MaxRequestBodyBytes;
        if (request.ContentLength > _limits.MaxRequestBodyBytes) return TooLarge();
        if (!IsJson(request.ContentType)) return Results.Problem("Send the activity as application/json.", statusCode: StatusCodes.Status415UnsupportedMediaType);

        request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: _limits.MaxRequestBodyBytes);
        Activity? activity;
        try
        {
            activity = await ReadActivityAsync(request, context.HttpContext.RequestAborted);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }
        catch (JsonException e)
        {
            return Results.Problem($"The body is not valid JSON: {e.Message}", statusCode: StatusCodes.Status400BadRequest);
        }

        var problem = ActivityShape.Problem(activity);
        if (problem != null) return Results.Problem(problem, statusCode: StatusCodes.Status400BadRequest);

        request.Body.Position = 0;
        return await next(context);
    }

    private IResult TooLarge() => Results.Problem(
        $"The body is larger than {_limits.MaxRequestBodyBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge);

    private static bool IsJson(string? contentType)
        => Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media)
           && (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
               || media.MediaType.Value!.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    // Read with the adapter's own serializer and settings (depth limit included) so both agree on the activity.
    private static async Task<Activity?> ReadActivityAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        buffer.Position = 0;
        using var reader = new JsonTextReader(new StreamReader(buffer));
        return HttpHelper.BotMessageSerializer.Deserialize<Activity>(reader);
    }
}
