using BriefingBot.Knowledge.Model;

namespace BriefingBot.Knowledge.Extraction;

/// <summary>Subject–verb–object facts with time and place (filled in by the next step of the pipeline).</summary>
public sealed class FactExtractor
{
    private readonly Func<int, Entity?> _entity;

    /// <summary>Creates the extractor; <paramref name="entity"/> looks entities up by id.</summary>
    public FactExtractor(Func<int, Entity?> entity) => _entity = entity;

    /// <summary>Facts of one sentence (ids left 0).</summary>
    public IEnumerable<Fact> Extract(SentenceContext sentence) => Array.Empty<Fact>();
}
