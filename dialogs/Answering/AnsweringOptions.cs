namespace BriefingBot.Dialogs.Answering;

/// <summary>Confidence thresholds for answering, bound from configuration section <c>Answering</c>.</summary>
public sealed class AnsweringOptions
{
    /// <summary>Share of a question's topic terms (synonyms included) that the cited sentence must contain when the question has three or more; with fewer, all.</summary>
    public double MinTermCoverage { get; set; } = 0.6;
    /// <summary>A sentence's score relative to the best within which a different answer makes the question ambiguous.</summary>
    public double AmbiguityRatio { get; set; } = 0.92;
    /// <summary>
    /// The same for statements when the question names no one ("what did the captain say"): how well a statement's words
    /// match the question says little about which of two captains is meant.
    /// </summary>
    public double QuoteAmbiguityRatio { get; set; } = 0.85;
    /// <summary>
    /// The same for answers from different stories to a first question that names nothing (<see cref="StoryRivals"/>):
    /// which story is meant is not something a sentence's score can tell.
    /// </summary>
    public double StoryAmbiguityRatio { get; set; } = 0.86;
    /// <summary>How many of the best sentences are searched for an answer of the expected kind.</summary>
    public int SentencesToSearch { get; set; } = 6;
    /// <summary>How far back (in sentences) a sentence's "the two groups" or "they" may point.</summary>
    public int LookBackSentences { get; set; } = 3;
}
