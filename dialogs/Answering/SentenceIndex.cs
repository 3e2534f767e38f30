using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// What each sentence of the articles holds, indexed once (the knowledge never changes): its terms, the entities it
/// names or quotes, the entities it may mean without naming them, and whether it speaks of what is still to happen.
/// </summary>
public sealed class SentenceIndex
{
    private readonly IBriefingKnowledge _knowledge;
    private readonly Dictionary<int, HashSet<string>> _terms;
    private readonly Dictionary<int, HashSet<int>> _present;
    private readonly Dictionary<int, HashSet<int>> _nearby;
    private readonly HashSet<int> _ahead;
    private readonly Dictionary<string, HashSet<int>> _titlePlaces;
    private readonly Dictionary<string, HashSet<string>> _storyTerms;
    private readonly Dictionary<string, HashSet<string>> _ledeTerms;

    /// <summary>Indexes every sentence of the articles.</summary>
    public SentenceIndex(IBriefingKnowledge knowledge)
    {
        _knowledge = knowledge;
        var sentences = knowledge.Articles.SelectMany(a => knowledge.SentencesOf(a.Id)).ToList();
        _terms = sentences.ToDictionary(s => s.Id, s => s.Terms.ToHashSet());
        // A quoted sentence is about its speaker too, even when the speaker is named a paragraph before ("Roe said:").
        _present = sentences.ToDictionary(s => s.Id, s => knowledge.MentionsIn(s.Id).Select(m => m.EntityId)
            .Concat(knowledge.StatementsIn(s.Id).Select(x => x.SpeakerEntityId)).ToHashSet());
        _nearby = sentences.ToDictionary(s => s.Id, NearbyEntities);
        _ahead = sentences.Where(s => Tense.SpeaksAhead(s.Text)).Select(s => s.Id).ToHashSet();
        _titlePlaces = knowledge.Articles.ToDictionary(a => a.Id, a => knowledge.SentencesOf(a.Id).Take(1).SelectMany(s => knowledge.MentionsIn(s.Id))
            .Select(m => m.EntityId).Where(id => knowledge.Entity(id).Kind == EntityKind.Place).ToHashSet());
        _storyTerms = knowledge.Articles.ToDictionary(a => a.Id, a => TermAnalyzer.Terms(a.Title).ToHashSet());
        _ledeTerms = knowledge.Articles.ToDictionary(a => a.Id, a => knowledge.SentencesOf(a.Id).Take(2).SelectMany(s => s.Terms).ToHashSet());
    }

    /// <summary>
    /// The terms of the article's title: what the whole story is about ("the harbour strike"), so a question naming the
    /// story by them ("how long did the harbour strike last") may be answered by any of its sentences. Title only: the
    /// lede's words ("social media accounts") are too often the very thing asked about.
    /// </summary>
    public HashSet<string> StoryTermsOf(Sentence sentence) => _storyTerms.TryGetValue(sentence.ArticleId, out var terms) ? terms : new HashSet<string>();

    /// <summary>The terms of the article's title and lede, met only by words of a phrase naming the story ("in the dock raids").</summary>
    public HashSet<string> LedeTermsOf(Sentence sentence) => _ledeTerms.TryGetValue(sentence.ArticleId, out var terms) ? terms : new HashSet<string>();

    /// <summary>The sentence's analysed terms.</summary>
    public HashSet<string> TermsOf(int sentenceId) => _terms[sentenceId];

    /// <summary>The entities the sentence names, and the speakers it quotes.</summary>
    public HashSet<int> PresentIn(int sentenceId) => _present[sentenceId];

    /// <summary>True when the place is named in the title of the sentence's article: the whole story happens there.</summary>
    public bool IsSetIn(Sentence sentence, int placeId) => _titlePlaces.TryGetValue(sentence.ArticleId, out var places) && places.Contains(placeId);

    /// <summary>True when the sentence speaks of what is still to happen ("would take six weeks").</summary>
    public bool SpeaksAhead(int sentenceId) => _ahead.Contains(sentenceId);

    /// <summary>The entities named just before the sentence that it may mean (see <see cref="NearbyEntities"/>).</summary>
    public HashSet<int> NearbyTo(int sentenceId) => _nearby[sentenceId];

    /// <summary>
    /// People, groups and things named in the two sentences before, when this one opens with "he" or "it", says
    /// "the group", or goes on quoting the same speaker, and so may mean them. Places only in a continued quote.
    /// </summary>
    private HashSet<int> NearbyEntities(Sentence sentence)
    {
        var all = _knowledge.SentencesOf(sentence.ArticleId); // in reading order: a sentence's Index is its position
        var previous = Enumerable.Range(Math.Max(0, sentence.Index - 2), Math.Min(2, sentence.Index)).Select(i => all[i]).ToList();
        var continued = ContinuesQuote(sentence, previous);
        if (!Anaphora.RefersBack(sentence.Text) && !continued) return new HashSet<int>();
        return previous
            .SelectMany(s => _knowledge.MentionsIn(s.Id)).Select(m => m.EntityId)
            .Where(id => continued || _knowledge.Entity(id).Kind != EntityKind.Place)
            .ToHashSet();
    }

    /// <summary>True when the sentence goes on quoting someone quoted just before ("…,” he added).</summary>
    private bool ContinuesQuote(Sentence sentence, IReadOnlyList<Sentence> previous)
    {
        var speakers = _knowledge.StatementsIn(sentence.Id).Select(s => s.SpeakerEntityId).ToHashSet();
        return speakers.Count > 0 && previous.Any(p => _knowledge.StatementsIn(p.Id).Any(s => speakers.Contains(s.SpeakerEntityId)));
    }
}
