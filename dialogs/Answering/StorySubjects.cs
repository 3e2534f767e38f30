using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// The entities each article's story is about, read once. News speaks of its subject in general words in the lede and
/// names it in the sentence after ("A trawler skipper has been charged …" / "… went aboard the trawler Sea Wren"), then
/// writes "the trawler", "the depot" or "the journalist": an entity the title or the first two sentences of the body
/// name (past a dateline) is the story's subject. Not a place: the opening lists places ("raids in Croatia, Italy and
/// Austria") that are no scene of what a later sentence says (the story's scenes: <see cref="StorySettings"/>).
/// </summary>
public sealed class StorySubjects
{
    private const int OpeningSentences = 3; // the title and the first two sentences of the body
    private readonly Dictionary<string, HashSet<int>> _byArticle;

    /// <summary>Reads the opening of every article.</summary>
    public StorySubjects(IBriefingKnowledge knowledge) =>
        _byArticle = knowledge.Articles.ToDictionary(a => a.Id, a => knowledge.SentencesOf(a.Id).Take(OpeningSentences)
            .SelectMany(s => knowledge.MentionsIn(s.Id).Where(m => m.Start >= MentionsByNearness.DatelineLength(s.Text)))
            .Select(m => m.EntityId).Where(id => knowledge.Entity(id).Kind != EntityKind.Place).ToHashSet());

    /// <summary>True when the entity is a subject of the sentence's article.</summary>
    public bool IsSubjectOf(Sentence sentence, int entityId) => _byArticle.TryGetValue(sentence.ArticleId, out var subjects) && subjects.Contains(entityId);
}
