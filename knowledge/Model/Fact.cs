namespace BriefingBot.Knowledge.Model;

/// <summary>An event or relation a sentence states: subject, verb, object, with time and place when given.</summary>
public sealed class Fact
{
    /// <summary>Global id.</summary>
    public int Id { get; set; }
    /// <summary>The sentence it comes from.</summary>
    public int SentenceId { get; set; }
    /// <summary>The subject entity, when the subject is a known entity.</summary>
    public int? SubjectEntityId { get; set; }
    /// <summary>The subject words as written.</summary>
    public string Subject { get; set; } = "";
    /// <summary>The verb's lemma ("break away", "rage", "label").</summary>
    public string Verb { get; set; } = "";
    /// <summary>The object or complement words as written.</summary>
    public string Object { get; set; } = "";
    /// <summary>Entities named in the object.</summary>
    public List<int> ObjectEntityIds { get; set; } = new();
    /// <summary>The time expression that dates it, if any.</summary>
    public int? TimeId { get; set; }
    /// <summary>The place entity where it happens, if given.</summary>
    public int? PlaceEntityId { get; set; }
}
