namespace BriefingBot.Knowledge.Model;

/// <summary>What kind of thing an entity is. New kinds go at the end: stores keep the number.</summary>
public enum EntityKind { Person, Organization, Place, Other, Vessel }

/// <summary>A person, organisation, place, vessel or other named thing, with every name it goes by.</summary>
public sealed class Entity
{
    /// <summary>Global id, unique in the store.</summary>
    public int Id { get; set; }
    /// <summary>Kind of entity.</summary>
    public EntityKind Kind { get; set; }
    /// <summary>The fullest name the articles use ("Jane Roe", "National Cyber Agency").</summary>
    public string Name { get; set; } = "";
    /// <summary>Other names: acronyms, surnames, short forms ("NCA", "Roe").</summary>
    public List<string> Aliases { get; set; } = new();
    /// <summary>Titles or roles given in the text ("FBI Director", "U.S. Secretary of Homeland Security").</summary>
    public List<string> Roles { get; set; } = new();
    /// <summary>Descriptive phrases from appositions ("a shipping company based in Lisbon").</summary>
    public List<string> Descriptions { get; set; } = new();
    /// <summary>Ids of entities this one is tied to by its role or description (the organisation a person leads, the country a place is in).</summary>
    public List<int> RelatedEntityIds { get; set; } = new();
    /// <summary>Articles that mention it.</summary>
    public List<string> ArticleIds { get; set; } = new();
}
