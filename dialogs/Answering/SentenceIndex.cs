using System.Collections.Concurrent;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// What each sentence of the articles holds, indexed once (the knowledge never changes): its terms, the entities it
/// names or quotes, the entities it may mean without naming them, and whether it speaks of what is still to happen.
/// </summary>
public sealed partial class SentenceIndex
{
    private static readonly string[] AgeWords = TermAnalyzer.Terms("year old").ToArray();
    private readonly IBriefingKnowledge _knowledge;
    private readonly Dictionary<int, HashSet<string>> _terms;
    private readonly Dictionary<int, HashSet<int>> _present;
    private readonly Dictionary<int, HashSet<int>> _nearby;
    private readonly Dictionary<int, HashSet<int>> _paragraph;
    private readonly Dictionary<int, HashSet<int>> _introducedNext;
    private readonly HashSet<int> _ahead;
    private readonly HashSet<int> _earlier;
    private readonly Dictionary<int, IReadOnlyList<string>> _comingOnly;
    private readonly List<int> _punishments;
    private readonly ConcurrentDictionary<int, string[]> _words = new();

    /// <summary>Indexes every sentence of the articles.</summary>
    public SentenceIndex(IBriefingKnowledge knowledge)
    {
        _knowledge = knowledge;
        var sentences = knowledge.Articles.SelectMany(a => knowledge.SentencesOf(a.Id)).ToList();
        _punishments = sentences.Where(s => PenaltyTerms.StatedIn(s.Text)).Select(s => s.Id).ToList();
        var punishing = _punishments.ToHashSet();
        _terms = sentences.ToDictionary(s => s.Id, s => s.Terms.Concat(PhrasalVerbs.TermsIn(s.Text))
            .Concat(punishing.Contains(s.Id) ? PenaltyTerms.Terms : Array.Empty<string>()).Concat(AgeTerms(s.Id)).ToHashSet());
        // A quoted sentence is about its speaker too, even when the speaker is named a paragraph before ("Roe said:").
        _present = sentences.ToDictionary(s => s.Id, s => knowledge.MentionsIn(s.Id).Select(m => m.EntityId)
            .Concat(knowledge.StatementsIn(s.Id).Select(x => x.SpeakerEntityId)).ToHashSet());
        _nearby = sentences.ToDictionary(s => s.Id, NearbyEntities);
        _paragraph = sentences.ToDictionary(s => s.Id, s => knowledge.SentencesOf(s.ArticleId).Where(p => p.Paragraph == s.Paragraph && p.Index < s.Index)
            .SelectMany(p => knowledge.MentionsIn(p.Id)).Select(m => m.EntityId).Where(id => knowledge.Entity(id).Kind is not (EntityKind.Person or EntityKind.Place)).ToHashSet());
        _introducedNext = sentences.ToDictionary(s => s.Id, IntroducedNext);
        _ahead = sentences.Where(s => Tense.SpeaksAhead(s.Text)).Select(s => s.Id).ToHashSet();
        _earlier = sentences.Where(s => Tense.OpensEarlier(s.Text)).Select(s => s.Id).ToHashSet();
        _comingOnly = sentences.Select(s => (s.Id, Verbs: Tense.ComingOnly(s.Text))).Where(p => p.Verbs.Count > 0).ToDictionary(p => p.Id, p => p.Verbs);
    }

    /// <summary>The stems of the verbs the sentence puts only in what is still to come ("will decide"; see <see cref="Tense.ComingOnly"/>).</summary>
    public IReadOnlyList<string> ComingOnly(int sentenceId) => _comingOnly.GetValueOrDefault(sentenceId, Array.Empty<string>());

    /// <summary>
    /// "year" and "old" for a sentence giving an age: "NAME, 55," meets "how old is NAME" as "a 55-year-old" does.
    /// </summary>
    private IEnumerable<string> AgeTerms(int sentenceId) =>
        _knowledge.QuantitiesIn(sentenceId).Any(q => q.Kind == "age") ? AgeWords : Array.Empty<string>();

    /// <summary>
    /// The sentences stating a punishment (<see cref="PenaltyTerms"/>) when a term is one of its terms: BM25 knows only
    /// the words a sentence writes, and "faces up to nine years in prison" writes no "sentence".
    /// </summary>
    public IReadOnlyList<int> PunishmentsFor(IEnumerable<string> terms) => terms.Any(PenaltyTerms.Terms.Contains) ? _punishments : Array.Empty<int>();

    /// <summary>
    /// The sentence's words in lower case (<see cref="ContrastingModifiers.Words"/>), split when first asked for: only
    /// questions with a contrasting modifier read them, each for hundreds of ranked sentences.
    /// </summary>
    public string[] WordsOf(Sentence sentence) => _words.GetOrAdd(sentence.Id, (_, text) => ContrastingModifiers.Words(text), sentence.Text);

    /// <summary>The sentence's analysed terms.</summary>
    public HashSet<string> TermsOf(int sentenceId) => _terms[sentenceId];

    /// <summary>True when the sentence opens by setting itself in an earlier time ("In 2022, …"; see <see cref="Tense.OpensEarlier"/>).</summary>
    public bool OpensEarlier(int sentenceId) => _earlier.Contains(sentenceId);

    /// <summary>The entities the sentence names, and the speakers it quotes.</summary>
    public HashSet<int> PresentIn(int sentenceId) => _present[sentenceId];

    /// <summary>True when the sentence speaks of what is still to happen ("would take six weeks").</summary>
    public bool SpeaksAhead(int sentenceId) => _ahead.Contains(sentenceId);

    /// <summary>The entities named just before the sentence that it may mean (see <see cref="NearbyEntities"/>).</summary>
    public HashSet<int> NearbyTo(int sentenceId) => _nearby[sentenceId];

    /// <summary>
    /// The groups and things (not people, not places: a paragraph may list many) named earlier in the sentence's paragraph, which it goes on to speak of without naming
    /// them ("The operator, North Grid, said a repair ship would come. The repair would cost 40 million euros.").
    /// </summary>
    public HashSet<int> EarlierInParagraph(int sentenceId) => _paragraph[sentenceId];

    /// <summary>
    /// The person the next sentence of the paragraph opens by naming what this one spoke of ("police stopped a car …
    /// The driver, Jan Roe, 38, is …"): this sentence is about them.
    /// </summary>
    public HashSet<int> IntroducedNext(int sentenceId) => _introducedNext[sentenceId];

    private HashSet<int> IntroducedNext(Sentence sentence)
    {
        var all = _knowledge.SentencesOf(sentence.ArticleId);
        if (sentence.Index + 1 >= all.Count || all[sentence.Index + 1] is not { } next || next.Paragraph != sentence.Paragraph) return new HashSet<int>();
        if (ApposedOpening().Match(next.Text) is not { Success: true } opening) return new HashSet<int>();
        return _knowledge.MentionsIn(next.Id).Where(m => m.Start == opening.Length && _knowledge.Entity(m.EntityId).Kind == EntityKind.Person).Select(m => m.EntityId).ToHashSet();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^The [a-z]+, ")]
    private static partial System.Text.RegularExpressions.Regex ApposedOpening();

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
