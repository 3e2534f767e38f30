using BriefingBot.Knowledge.Model;

namespace BriefingBot.Knowledge.Extraction;

/// <summary>A name seen in one sentence, with the evidence about what it is; the registry merges candidates into entities.</summary>
public sealed class EntityCandidate
{
    /// <summary>Creates a candidate for a name.</summary>
    public EntityCandidate(string name, string articleId) { Name = name; ArticleId = articleId; }

    /// <summary>The name as written.</summary>
    public string Name { get; }
    /// <summary>The article it was seen in.</summary>
    public string ArticleId { get; }
    /// <summary>Acronyms and other names defined for it.</summary>
    public List<string> Aliases { get; } = new();
    /// <summary>Titles or roles.</summary>
    public List<string> Roles { get; } = new();
    /// <summary>Descriptive appositions.</summary>
    public List<string> Descriptions { get; } = new();
    /// <summary>Names of entities it is tied to.</summary>
    public List<string> Related { get; } = new();
    /// <summary>True for a lone capitalised word opening a clause ("Truck drivers…"): kept only if seen elsewhere too.</summary>
    public bool IsWeak { get; set; }
    /// <summary>Evidence score per kind.</summary>
    public Dictionary<EntityKind, int> Evidence { get; } = new();

    /// <summary>Adds evidence for a kind.</summary>
    public EntityCandidate Vote(EntityKind kind, int weight = 1)
    {
        Evidence[kind] = Evidence.GetValueOrDefault(kind) + weight;
        return this;
    }
}
