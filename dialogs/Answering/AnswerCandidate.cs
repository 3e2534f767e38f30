namespace BriefingBot.Dialogs.Answering;

/// <summary>A possible answer: its short wording, the sentence that supports it, how sure we are, and whom it names.</summary>
public sealed record AnswerCandidate(string Text, int SentenceId, double Score)
{
    /// <summary>Entities the answer names (the person who said it, the groups that fought).</summary>
    public IReadOnlyList<int> EntityIds { get; init; } = Array.Empty<int>();
    /// <summary>
    /// True when a date or place answer stands in the clause of the question's verb (see <see cref="VerbClauses"/>), or a
    /// length measures the very thing a "how long is the …" question names: of answers about as strong, it is chosen.
    /// </summary>
    public bool InVerbClause { get; init; }
    /// <summary>True for a standing fact (who works where), not an event: no date of its sentence is added to it.</summary>
    public bool Timeless { get; init; }
}

/// <summary>The result of looking for an answer.</summary>
public sealed record AnswerOutcome
{
    /// <summary>The best answer, when there is one.</summary>
    public AnswerCandidate? Answer { get; init; }
    /// <summary>Answers that fit about equally well; the user is asked to choose.</summary>
    public IReadOnlyList<AnswerCandidate> Alternatives { get; init; } = Array.Empty<AnswerCandidate>();
    /// <summary>Answers from other stories about as strong, for a question that names nothing (see <see cref="StoryRivals"/>).</summary>
    public IReadOnlyList<AnswerCandidate> OtherStories { get; init; } = Array.Empty<AnswerCandidate>();

    /// <summary>No supported answer.</summary>
    public static AnswerOutcome None { get; } = new();
    /// <summary>True when the user must choose between alternatives.</summary>
    public bool IsAmbiguous => Alternatives.Count > 1;
}
