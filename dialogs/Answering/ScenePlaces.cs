using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// The scene is no answer to where something in the story happened when the story says it more closely: "TARNBY — Police
/// have arrested a clerk …" then "The clerk was arrested at his flat in Oldbridge." Asked "where was the clerk arrested",
/// the title's or lede's place that the story is set in (<see cref="StorySettings"/>) yields to a place in the clause of
/// the asked verb that another sentence of the same story names, and answers from other stories drop out.
/// </summary>
public sealed class ScenePlaces
{
    /// <summary>How strong the closer place must be, against the scene's: a sentence that barely fits tells nothing.</summary>
    private const double MinRatio = 0.6;

    private readonly IBriefingKnowledge _knowledge;
    private readonly StorySettings _settings;

    /// <summary>Creates the rule.</summary>
    public ScenePlaces(IBriefingKnowledge knowledge, StorySettings settings)
    {
        _knowledge = knowledge;
        _settings = settings;
    }

    /// <summary>The candidates, or only the closer places of the top one's story when it is the scene.</summary>
    public List<AnswerCandidate> Closer(List<AnswerCandidate> candidates, UnderstoodMessage message)
    {
        if (message.Expected != AnswerKind.Place || candidates.Count < 2 || !IsScene(candidates[0])) return candidates;
        var story = _knowledge.Sentence(candidates[0].SentenceId).ArticleId;
        var closer = candidates.Where(c => c.InVerbClause && c.Score >= candidates[0].Score * MinRatio
            && _knowledge.Sentence(c.SentenceId).ArticleId == story && !IsScene(c) && !c.EntityIds.Any(id => _settings.IsSetIn(_knowledge.Sentence(c.SentenceId), id))).ToList();
        return closer.Count == 0 ? candidates : closer;
    }

    /// <summary>A title's or lede's place the story is set in.</summary>
    private bool IsScene(AnswerCandidate candidate)
    {
        var sentence = _knowledge.Sentence(candidate.SentenceId);
        return OpeningSentences.Is(sentence) && candidate.EntityIds.Count > 0 && candidate.EntityIds.All(id => _settings.IsSetIn(sentence, id));
    }
}
