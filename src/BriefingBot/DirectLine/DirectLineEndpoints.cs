namespace BriefingBot.DirectLine;

/// <summary>
/// The Direct Line 3.0 REST routes Web Chat uses with <c>webSocket: false</c>, served by the host itself so the
/// intranet page needs no Azure: tokens, starting a conversation, posting and polling activities.
/// </summary>
public static class DirectLineEndpoints
{
    /// <summary>The routes' common prefix.</summary>
    public const string Prefix = "/v3/directline";

    /// <summary>Maps every Direct Line route.</summary>
    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Prefix);
        group.MapPost("/tokens/generate", GenerateToken);
        group.MapPost("/tokens/refresh", RefreshToken);
        group.MapPost("/conversations", StartConversation);
        group.MapPost("/conversations/{conversationId}/activities", DirectLineActivityEndpoints.PostActivityAsync);
        group.MapGet("/conversations/{conversationId}/activities", DirectLineActivityEndpoints.GetActivities);
        return app;
    }

    /// <summary>Exchanges the secret (or nothing, when open) for a token bound to a new conversation id.</summary>
    private static IResult GenerateToken(HttpRequest request, DirectLineAccess access, DirectLineTokens tokens)
    {
        var grant = access.Authorize(request);
        if (grant is not { IsMaster: true }) return DirectLineResults.Unauthorized();
        return TokenBody(tokens.Issue(NewConversationId()));
    }

    /// <summary>Exchanges a valid token for a fresh one for the same conversation.</summary>
    private static IResult RefreshToken(HttpRequest request, DirectLineAccess access, DirectLineTokens tokens)
    {
        var grant = access.Authorize(request);
        if (grant is null) return DirectLineResults.Unauthorized();
        if (grant.ConversationId is null)
        {
            return DirectLineResults.Error(StatusCodes.Status400BadRequest, "BadArgument", "Only a token can be refreshed.");
        }

        return TokenBody(tokens.Issue(grant.ConversationId));
    }

    /// <summary>Starts (or, for a token's own conversation, resumes) a conversation.</summary>
    private static IResult StartConversation(HttpRequest request, DirectLineAccess access, DirectLineTokens tokens, DirectLineConversations conversations)
    {
        var grant = access.Authorize(request);
        if (grant is null) return DirectLineResults.Unauthorized();
        var conversation = conversations.Open(grant.ConversationId ?? NewConversationId());
        if (conversation is null)
        {
            return DirectLineResults.Error(StatusCodes.Status429TooManyRequests, "TooManyRequests",
                "Too many open conversations; please try again in a few minutes.");
        }

        var token = tokens.Issue(conversation.Id);
        return DirectLineResults.Json(
            new { conversationId = conversation.Id, token = token.Token, expires_in = token.ExpiresIn },
            StatusCodes.Status201Created);
    }

    private static IResult TokenBody(DirectLineToken token)
        => DirectLineResults.Json(new { conversationId = token.ConversationId, token = token.Token, expires_in = token.ExpiresIn });

    private static string NewConversationId() => Guid.NewGuid().ToString("N");
}
