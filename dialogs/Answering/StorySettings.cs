using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// The places each article's story is set in, read once. News names its scene once, in the title or the lede, and then
/// writes "the prison" or nothing at all: "Inmates Tunnel Out of Tarnian Prison" / "TARNBY — Eleven inmates escaped from
/// Old Mill Prison …" / "The cameras had been out of order since March." A place is the story's scene when its title, or its
/// lede (the first sentence of the body, past its dateline) and a later sentence, name it; the title or lede may speak
/// of it by a facility's noun ("Prison" for Old Mill Prison, see <see cref="FacilityNouns"/>) or by its country's
/// demonym ("Tarnian"). A place whose name is part of a scene's name ("Tarn" of "Gulf of Tarn") is met by it.
/// </summary>
public sealed class StorySettings
{
    private readonly Dictionary<string, HashSet<int>> _byArticle;
    private readonly LongerPlaceNames _longer;

    /// <summary>Reads the title and lede of every article.</summary>
    public StorySettings(IBriefingKnowledge knowledge, FacilityNouns facilities, PlaceDemonyms demonyms, LongerPlaceNames longer)
    {
        _longer = longer;
        var places = knowledge.Entities.Where(e => e.Kind is EntityKind.Place or EntityKind.Other).ToList();
        _byArticle = knowledge.Articles.ToDictionary(a => a.Id, a =>
        {
            var sentences = knowledge.SentencesOf(a.Id);
            var scene = Named(knowledge, facilities, demonyms, places, sentences.Take(1).ToList());
            // A place the lede names only in passing ("guns smuggled to Ruritania") is no scene: the story names its scene again.
            var later = sentences.Skip(2).SelectMany(s => knowledge.MentionsIn(s.Id)).Select(m => m.EntityId).ToHashSet();
            scene.UnionWith(Named(knowledge, facilities, demonyms, places, sentences.Skip(1).Take(1).ToList()).Where(later.Contains));
            return scene;
        });
    }

    /// <summary>True when the sentence's article is set in the place, or in one whose name holds its name.</summary>
    public bool IsSetIn(Sentence sentence, int placeId) => _byArticle.TryGetValue(sentence.ArticleId, out var scene) && _longer.Of(placeId).Any(scene.Contains);

    /// <summary>The places the sentences name past a dateline, speak of by a facility's noun, or by a country's demonym.</summary>
    private static HashSet<int> Named(IBriefingKnowledge knowledge, FacilityNouns facilities, PlaceDemonyms demonyms, IReadOnlyList<Entity> places, IReadOnlyList<Sentence> sentences)
    {
        var named = sentences.SelectMany(s => knowledge.MentionsIn(s.Id).Where(m => m.Start >= MentionsByNearness.DatelineLength(s.Text)))
            .Select(m => m.EntityId).Where(id => knowledge.Entity(id).Kind is EntityKind.Place or EntityKind.Other).ToHashSet();
        var terms = sentences.Select(s => (Sentence: s, Terms: s.Terms.ToHashSet())).ToList();
        named.UnionWith(places.Where(p => p.Kind == EntityKind.Place && terms.Any(t => p.ArticleIds.Contains(t.Sentence.ArticleId) && facilities.SpeaksOf(p.Id, t.Sentence, t.Terms))).Select(p => p.Id));
        named.UnionWith(terms.SelectMany(t => demonyms.UsedIn(t.Terms)));
        return named;
    }
}
