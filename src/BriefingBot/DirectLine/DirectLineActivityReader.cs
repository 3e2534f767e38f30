using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace BriefingBot.DirectLine;

/// <summary>Reads a posted activity: bounded size, valid JSON, a type — anything else is a clear 4xx.</summary>
public static class DirectLineActivityReader
{
    /// <summary>The activity, or the error result to return instead.</summary>
    public static async Task<(Activity? Activity, IResult? Error)> ReadAsync(HttpRequest request, int maxBytes)
    {
        if (request.ContentLength > maxBytes) return (null, TooLarge(maxBytes));
        var limit = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (limit is { IsReadOnly: false }) limit.MaxRequestBodySize = maxBytes;
        try
        {
            using var reader = new StreamReader(request.Body);
            var activity = JsonConvert.DeserializeObject<Activity>(await reader.ReadToEndAsync(), DirectLineResults.Settings);
            return string.IsNullOrWhiteSpace(activity?.Type)
                ? (null, BadArgument("The body must be an activity with a 'type'."))
                : (activity, null);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(maxBytes));
        }
        catch (JsonException e)
        {
            return (null, BadArgument($"The body is not a valid activity: {e.Message}"));
        }
    }

    private static IResult BadArgument(string message) => DirectLineResults.Error(StatusCodes.Status400BadRequest, "BadArgument", message);

    private static IResult TooLarge(int maxBytes)
        => DirectLineResults.Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"An activity may be at most {maxBytes} bytes.");
}
