namespace BriefingBot.Knowledge.Model;

/// <summary>One place where an entity is named (or referred to) in a sentence.</summary>
public sealed class Mention
{
    /// <summary>Global id.</summary>
    public int Id { get; set; }
    /// <summary>The entity referred to.</summary>
    public int EntityId { get; set; }
    /// <summary>The sentence it stands in.</summary>
    public int SentenceId { get; set; }
    /// <summary>Offset of the surface text within the sentence.</summary>
    public int Start { get; set; }
    /// <summary>The words as written ("Roe", "Roe’s", "the port director", "she").</summary>
    public string Surface { get; set; } = "";
    /// <summary>True when the mention is a pronoun or description resolved to the entity, not a name.</summary>
    public bool IsResolvedReference { get; set; }
}
