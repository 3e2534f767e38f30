namespace BriefingBot.Knowledge.Model;

/// <summary>Something a speaker said: who, with which verb, the quote, and when if the text says.</summary>
public sealed class Statement
{
    /// <summary>Global id.</summary>
    public int Id { get; set; }
    /// <summary>The speaker entity.</summary>
    public int SpeakerEntityId { get; set; }
    /// <summary>The reporting verb's lemma: say, warn, add, note, cite, ...</summary>
    public string Verb { get; set; } = "";
    /// <summary>What was said: the quoted words, or the reported clause when there is no quote.</summary>
    public string Content { get; set; } = "";
    /// <summary>Sentences the statement comes from (the quote may span a following paragraph).</summary>
    public List<int> SentenceIds { get; set; } = new();
    /// <summary>The time expression attached to it, if any.</summary>
    public int? TimeId { get; set; }
}
