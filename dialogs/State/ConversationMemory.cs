namespace BriefingBot.Dialogs.State;

/// <summary>What the bot remembers about one conversation between turns (kept in ConversationState).</summary>
public sealed class ConversationMemory
{
    /// <summary>The dialog that claimed the next turn (a pending clarification), or null.</summary>
    public string? ActiveDialog { get; set; }
    /// <summary>The entity the conversation is about, for "it", "they" and implicit follow-ups.</summary>
    public int? FocusEntityId { get; set; }
    /// <summary>The person last talked about, for "he", "she", "him", "her".</summary>
    public int? FocusPersonId { get; set; }
    /// <summary>
    /// The noun the last question asked about a person by ("the captain"), when no person was named or answered: "he"
    /// or "she" in the next turn means the person that noun describes. Cleared when a person is in focus.
    /// </summary>
    public string? FocusPersonNoun { get; set; }
    /// <summary>The people the last answer named ("Ann Roe and Bo Lind"), for "the younger one" in the next turn.</summary>
    public List<int> AnsweredPersonIds { get; set; } = new();
    /// <summary>The place last asked about or answered, for "there".</summary>
    public int? FocusPlaceId { get; set; }
    /// <summary>The sentence the last answer cited, for "where?" / "when?" about the same event.</summary>
    public int? LastSentenceId { get; set; }
    /// <summary>
    /// The article the conversation is in: that of the last answer, or of every choice of a clarifying question when
    /// they all come from one article; null after choices from several articles.
    /// </summary>
    public string? StoryArticleId { get; set; }
    /// <summary>The last question that was answered or asked back about.</summary>
    public string? LastQuestion { get; set; }
    /// <summary>Choices offered by a clarifying question, answered by a button or typed text.</summary>
    public List<PendingChoice> PendingChoices { get; set; } = new();
}

/// <summary>One choice offered by a clarifying question.</summary>
public sealed class PendingChoice
{
    /// <summary>What the button says (an entity name).</summary>
    public string Label { get; set; } = "";
    /// <summary>The entity it stands for.</summary>
    public int EntityId { get; set; }
    /// <summary>The sentence that supports this choice.</summary>
    public int SentenceId { get; set; }
    /// <summary>The short answer to give when this choice is taken.</summary>
    public string Answer { get; set; } = "";
}
