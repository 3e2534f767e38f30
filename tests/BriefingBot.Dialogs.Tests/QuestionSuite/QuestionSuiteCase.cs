using System.Text.Json.Serialization;

namespace BriefingBot.Dialogs.Tests.QuestionSuite;

/// <summary>One conversation of the question suite: turns said in order in one conversation.</summary>
public sealed record QuestionSuiteCase
{
    /// <summary>Unique id, e.g. "iraq-012".</summary>
    [JsonPropertyName("id")] public string Id { get; init; } = "";

    /// <summary>Question category (who, when, refuse, follow-up...); "uncategorized" when the file gives none.</summary>
    [JsonPropertyName("category")] public string Category { get; init; } = "uncategorized";

    /// <summary>Id (file stem) of the article the answer should cite, when one article is meant.</summary>
    [JsonPropertyName("article")] public string? Article { get; init; }

    /// <summary>The turns of the conversation, in order.</summary>
    [JsonPropertyName("turns")] public IReadOnlyList<SuiteTurn> Turns { get; init; } = [];

    /// <summary>Name of the suite file the case came from.</summary>
    [JsonIgnore] public string Source { get; init; } = "";

    /// <inheritdoc/>
    public override string ToString() => $"{Id} [{Category}] {string.Join(" / ", Turns.Select(t => t.Say))}";
}

/// <summary>One user message and what the reply to it must contain.</summary>
public sealed record SuiteTurn
{
    /// <summary>What the user types.</summary>
    [JsonPropertyName("say")] public string Say { get; init; } = "";

    /// <summary>Groups of alternatives: every group needs one alternative in the reply (case-insensitive).</summary>
    [JsonPropertyName("all")] public IReadOnlyList<IReadOnlyList<string>> All { get; init; } = [];

    /// <summary>True when the reply must say that the briefing does not cover the question.</summary>
    [JsonPropertyName("refuse")] public bool Refuse { get; init; }
}

/// <summary>A suite file: a name, a note and its cases.</summary>
internal sealed record QuestionSuiteFile
{
    [JsonPropertyName("name")] public string Name { get; init; } = "";
    [JsonPropertyName("note")] public string? Note { get; init; }
    [JsonPropertyName("cases")] public IReadOnlyList<QuestionSuiteCase> Cases { get; init; } = [];
}
