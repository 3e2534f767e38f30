using System.Collections.Concurrent;
using BriefingBot.Knowledge.Extraction;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// Scores one sentence for a question: how much of the question's words and entities it holds, on top of its BM25
/// score, and whether it meets the question's constraints.
/// </summary>
public sealed class SentenceScorer
{
    private const double EarlierPenalty = 0.75;
    private readonly IBriefingKnowledge _knowledge;
    private readonly SentenceIndex _index;
    private readonly AskedFacts _facts;
    private readonly FacilityNouns _facilities;
    private readonly ArticleStories _stories;
    private readonly StorySettings _settings;
    private readonly StorySubjects _subjects;
    private readonly LongerPlaceNames _longer;
    private readonly PlaceDemonyms _demonyms;
    private readonly NounsNamedWith _nouns;
    private readonly DescribedReferents _referents;
    private readonly ReferredPeopleWords _referred;
    private readonly OwnPersonNouns _personNouns;
    private readonly ConcurrentDictionary<int, HashSet<string>> _withReferredWords = new();

    /// <summary>Creates the scorer.</summary>
    public SentenceScorer(IBriefingKnowledge knowledge, SentenceIndex index, AskedFacts facts, FacilityNouns facilities, ArticleStories stories, StorySettings settings, StorySubjects subjects, LongerPlaceNames longer, PlaceDemonyms demonyms, NounsNamedWith nouns, DescribedReferents referents, ReferredPeopleWords referred, OwnPersonNouns personNouns)
    {
        _knowledge = knowledge;
        _index = index;
        _facts = facts;
        _facilities = facilities;
        _stories = stories;
        _settings = settings;
        _subjects = subjects;
        _longer = longer;
        _demonyms = demonyms;
        _nouns = nouns;
        _referents = referents;
        _referred = referred;
        _personNouns = personNouns;
    }

    /// <summary>The sentence ranked; <paramref name="contextEntityId"/> (the conversation's subject) adds a small bonus.</summary>
    public RankedSentence Score(int sentenceId, double bm25, UnderstoodMessage message, AskedWords asked, int? contextEntityId)
    {
        var (described, entityIds) = (asked.Described, asked.EntityIds);
        var sentence = _knowledge.Sentence(sentenceId);
        var present = _index.PresentIn(sentenceId);
        var nearby = _index.NearbyTo(sentenceId);
        var terms = _index.TermsOf(sentenceId);
        // A thing asked about by description ("the engineer") counts as one more topic word, met by the noun or a mention.
        var describedHits = described.Count(d => present.Contains(d.Key) || nearby.Contains(d.Key) || terms.Contains(d.Value));
        // Words naming the story ("the harbour strike") are met by any sentence of the article that meets another asked word.
        var story = StoryHits(asked, terms, _stories.TitleTermsOf(sentence), _stories.LedeTermsOf(sentence), message.Expected == AnswerKind.Reason ? 2 : 1);
        // "The suspect" is met by a sentence naming the one person its story calls so by name, "he" or another noun.
        var covering = Covering(sentenceId, terms, message, asked);
        var personNouns = _personNouns.Of(sentenceId) is { Count: > 0 } nouns ? AskedPersonNouns(nouns, asked, message) : NoWords;
        var ownCoverage = Coverage(asked.Own, covering, personNouns, describedHits + story, described.Count);
        var wideCoverage = Coverage(asked.Wide, covering, personNouns, describedHits + story, described.Count);
        // WordNet may add no more matched words than the question's own words (and hand-written synonyms) found: "launch"
        // as "found" and "trial" as "run" alone do not make a sentence about something else cover the question, but
        // "how long will the frigates be delayed" is met by "postpone fitting the radar to its first two frigates".
        var coverage = wideCoverage - ownCoverage <= ownCoverage ? wideCoverage : ownCoverage;
        // A word met only through WordNet counts for coverage but half for rank: the article's own word ranks first.
        var rankCoverage = (coverage + ownCoverage) / 2;
        var softHits = asked.Soft.Count(words => AnyIn(words, terms));
        var entityShare = entityIds.Count == 0 ? 0 : entityIds.Sum(id => present.Contains(id) ? 1 : nearby.Contains(id) ? 0.5 : 0) / entityIds.Count;
        var context = contextEntityId is int c && (present.Contains(c) || nearby.Contains(c)) ? 0.5 : 0;
        // "How long will the repair take" ranks "would take six weeks" above "took ten days" about an earlier repair.
        var ahead = asked.AsksAhead && _index.SpeaksAhead(sentenceId) ? 0.5 : 0;
        // "Where was the seller caught" is about the story's event, not "In 2022, threats closed schools in Ljubljana".
        var earlier = !asked.AsksEarlier && _index.OpensEarlier(sentenceId) ? EarlierPenalty : 0;
        var score = 2 * rankCoverage + 2 * entityShare + bm25 + context + 0.25 * softHits + ahead - earlier;
        bool Named(int id) => _longer.NamedIn(id, present) || nearby.Contains(id) || (described.TryGetValue(id, out var noun) && terms.Contains(noun)) || _facilities.SpeaksOf(id, sentence, terms) || _demonyms.UsedIn(id, terms)
            || (asked.NamedWith.TryGetValue(id, out var words) && words.Any(word => _nouns.Means(id, word, sentence)))
            || (message.ReferencedEntityIds.Contains(id) && _referents.Describes(id, sentence, present))
            || (asked.Owners.Contains(id) && _settings.IsSetIn(sentence, id) && !NamesOtherPlace(id, sentence, present, terms)) || DescribedScene(id, asked, sentence);
        // A place met only as the story's scene ("Old Mill Prison" for "the cameras were out"), or a group named earlier in
        // the paragraph, leaves the sentence's own words to show it is about the asked thing: it must hold every other asked word,
        // or all but one of four or more ("when was Tarnby told to stop drinking tap water" / "the city ordered residents not to drink …").
        // A scene place's own phrase ("the Tarnby suspects") may be the one asked word the sentence lacks ("the two men face …").
        var covered = coverage >= 1 || (asked.Settings.Any(id => _settings.IsSetIn(sentence, id)) && (AllButOne(coverage, asked.Own.Length + described.Count) || OnlySceneWordShort(asked, terms, _stories.TitleTermsOf(sentence))) && describedHits == described.Count);
        // A place only referred to ("how long has she worked there") sets the scene like one asked "in": it was named a turn ago.
        bool IsScene(int id) => asked.Settings.Contains(id) || message.ReferencedEntityIds.Contains(id);
        // A sentence of an article that never names what the question names by name cannot mean it, whatever noun it shares
        // with the question: "the Tarnby dock suspects" is not met by "the suspects face ten years" in a story about another port.
        var entitiesMet = entityIds.All(id => !asked.ByName.Contains(id) || OfStory(id, sentence, present, terms)) && (entityIds.All(Named) || (covered && entityIds.All(id => Named(id) || (IsScene(id) && _settings.IsSetIn(sentence, id)) || _index.EarlierInParagraph(sentenceId).Contains(id) || StorySubject(id) || IntroducedNext(id)))
            || (!OpeningSentences.Is(sentence) && AllButOne(coverage, asked.Own.Length + described.Count) && entityIds.All(id => Named(id) || SubjectOfStory(id))));
        // The story's subject (a group, person or thing its opening names: see StorySubjects) is what a sentence of the story
        // holding every other asked word speaks of: "how many soldiers did the Marnfield guard company have" is met by "the
        // guard company had 14 soldiers" in a story about the Marnfield depot. Not for why: the title and lede hold every word
        // of "why did the KSS engineer sell secrets" and say what happened, not why.
        // Past the opening, a sentence missing one of four or more asked words speaks of the subject too ("when do investigators
        // think the crates left the depot" / "investigators believe the crates were driven out of the depot"); a title or
        // lede missing an asked word is only the story's summary (see OpeningSentences).
        bool StorySubject(int id) => coverage >= 1 && SubjectOfStory(id);
        bool SubjectOfStory(int id) => message.Expected != AnswerKind.Reason && _subjects.IsSubjectOf(sentence, id);
        // "How much explosive was in Jan Roe's car" is met by "police stopped a car and found 40 kilograms" when the next
        // sentence opens "The driver, Jan Roe, …", if it holds every other asked word.
        bool IntroducedNext(int id) => coverage >= 1 && _index.IntroducedNext(sentenceId).Contains(id);
        // "What did the court decide" is not told by "the court will decide on Friday": the asked verb is still to come.
        var constraintsMet = entitiesMet && _facts.AreStatedIn(sentenceId, message) && !ForeignModifiers.Contradict(asked.QualifiedNouns, sentence, terms, _stories)
            && !_index.ComingOnly(sentenceId).Any(asked.DoneVerbs.Contains);
        return new RankedSentence(sentence, score, coverage, constraintsMet);
    }

    /// <summary>
    /// The asked words not in the sentence that its story's title holds, when the sentence holds as many other asked
    /// words, or as many as the missing words make phrases: title words asked side by side are one phrase ("who saw the
    /// gauge during the chlorine leak at the grain silo" is met by "a guard saw the gauge" in a story titled "Chlorine Leak
    /// Closes Grain Silo"). A why-question needs two met words for that (<paramref name="fewestMet"/>): a sentence holding
    /// one asked word beside the title's says who or what, rarely why. One asked word may be missing from both when the
    /// sentence holds two others ("which officer is in charge of the harbour strike inquiry" met by "the inquiry is led
    /// by Inspector Roe" in a story titled "Harbour Strike …").
    /// </summary>
    /// <remarks>The lede's words count only for words of a phrase naming the story ("how many arrests in the dock raids").</remarks>
    private static int StoryHits(AskedWords asked, HashSet<string> terms, HashSet<string> title, HashSet<string> lede, int fewestMet)
    {
        var (missing, phrases, met, unmet) = (0, 0, 0, 0);
        var inPhrase = false;
        for (var i = 0; i < asked.Own.Length; i++)
        {
            var words = asked.Own[i];
            var inTitle = !AnyIn(words, terms) && (AnyIn(words, title) || (asked.NamesStory[i] && AnyIn(words, lede)));
            if (inTitle && !inPhrase) phrases++;
            if (inTitle) missing++;
            else if (AnyIn(words, terms)) met++;
            else unmet++;
            inPhrase = inTitle;
        }

        return (missing <= met || (phrases <= met && met >= fewestMet)) && (unmet == 0 || (unmet == 1 && met >= 2)) ? missing : 0;
    }

    /// <summary>
    /// The sentence's terms with those of the sentences naming the people it calls "he" or "she" (<see cref="ReferredPeopleWords"/>),
    /// when they add no more asked words than the sentence holds itself: "how much was the bakery worker paid to taint the bread"
    /// is met by "she was paid 300 euros to put bleach in the bread" after "Ada Roe worked in the bakery", but "which Greek town
    /// did Jon Roe buy the cigarettes in" is not met by "He was arrested near Ashford" after "Jon Roe went to Greece to buy
    /// the cigarettes": the words are those of another event. Not for who-questions: "which detective leads the cable
    /// inquiry" is not met by "He cut the cable" after "Jon Roe was named by the detective leading the inquiry".
    /// </summary>
    private HashSet<string> Covering(int sentenceId, HashSet<string> terms, UnderstoodMessage message, AskedWords asked)
    {
        if (message.Expected == AnswerKind.Person || _referred.Of(sentenceId) is not { Count: > 0 } borrowed) return terms;
        var covering = _withReferredWords.GetOrAdd(sentenceId, static (_, words) => words.Terms.Concat(words.Borrowed).ToHashSet(), (Terms: terms, Borrowed: borrowed));
        var own = asked.Own.Count(words => AnyIn(words, terms));
        return asked.Own.Count(words => AnyIn(words, covering)) - own <= own ? covering : terms;
    }

    /// <summary>
    /// True when one asked word is missing from the sentence and its story's title, and the sentence holds two other
    /// asked words; the missing word is a word of a scene place's phrase, or the sentence holds that phrase's noun:
    /// "how long did the Tarnby pupils get the bad water" is met by "pupils drank the polluted water for two days".
    /// </summary>
    private static bool OnlySceneWordShort(AskedWords asked, HashSet<string> terms, HashSet<string> title)
    {
        var (met, missing, sceneMet) = (0, -1, false);
        for (var i = 0; i < asked.Own.Length; i++)
        {
            if (AnyIn(asked.Wide[i], terms)) (met, sceneMet) = (met + 1, sceneMet || asked.NamesScene[i]);
            else if (AnyIn(asked.Own[i], title)) continue;
            else if (missing >= 0) return false;
            else missing = i;
        }

        return missing >= 0 && met >= 2 && (asked.NamesScene[missing] || sceneMet);
    }

    /// <summary>
    /// True when a thing asked about only by its noun ("the prison") is the scene of the sentence's story: "why were the
    /// cameras on the prison wall out" is met in a story set in Old Mill Prison by "the cameras covering the wall were out".
    /// </summary>
    private bool DescribedScene(int entityId, AskedWords asked, Knowledge.Model.Sentence sentence) =>
        asked.Described.ContainsKey(entityId) && !asked.ByName.Contains(entityId) && _settings.IsSetIn(sentence, entityId);

    /// <summary>True when the coverage misses at most one of four or more asked words: with three, one missing is often the verb.</summary>
    private static bool AllButOne(double coverage, int asked) => asked >= 4 && coverage >= 1 - 1.0 / asked - 1e-9;

    /// <summary>
    /// True when the sentence's article names the entity, or its title uses the entity's demonym (a story may name its
    /// country only so: "Fake Alarms Close 200 Tarnian Schools"), or the sentence names it or a place whose name holds its
    /// name, or uses its demonym, or the story is set in a place whose name holds its name ("the Tarn cable" of a story
    /// titled "Tarn Sea Cable Cut", when only another article names Tarn alone).
    /// </summary>
    private bool OfStory(int entityId, Knowledge.Model.Sentence sentence, HashSet<int> present, HashSet<string> terms) =>
        _knowledge.Entity(entityId).ArticleIds.Contains(sentence.ArticleId) || _longer.NamedIn(entityId, present) || _demonyms.UsedIn(entityId, terms) || _demonyms.UsedIn(entityId, _stories.TitleTermsOf(sentence))
        || _settings.IsSetIn(sentence, entityId);

    /// <summary>
    /// True when the sentence names a place, or uses a demonym, other than the asked one: "Tarnia's minister" is met in a
    /// story set in Tarnia by "Minister Jane Roe said …", not by "Ostland's Minister Jane Roe said …" (any other name
    /// with "'s" is another owner, even one the store does not know as a place).
    /// </summary>
    private bool NamesOtherPlace(int placeId, Knowledge.Model.Sentence sentence, HashSet<int> present, HashSet<string> terms)
    {
        var asked = _longer.Of(placeId).ToHashSet();
        var names = asked.Select(id => _knowledge.Entity(id)).SelectMany(e => e.Aliases.Append(e.Name)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return present.Any(id => !asked.Contains(id) && _knowledge.Entity(id).Kind == Knowledge.Model.EntityKind.Place) || _demonyms.UsedIn(terms).Any(id => !asked.Contains(id))
            || Tokenizer.Tokenize(sentence.Text).Any(t => t.IsCapitalized && Gazetteer.Default.Find(t.Core) is { } country && !names.Contains(country.Name) && !country.Aliases.Any(names.Contains))
            || PossessiveName.Matches(sentence.Text).Any(m => !names.Any(n => n.EndsWith(m.Groups[1].Value, StringComparison.OrdinalIgnoreCase)));
    }

    private static readonly System.Text.RegularExpressions.Regex PossessiveName = new(@"\b(\p{Lu}[\p{L}-]+)['’]s\b", System.Text.RegularExpressions.RegexOptions.Compiled);

    /// <summary>
    /// The asked words that are nouns the sentence's people alone are described by, not asked only in the plural; the
    /// question's few words are looked up in the sentence's nouns, not each noun among the question's words.
    /// </summary>
    private static List<string> AskedPersonNouns(IReadOnlySet<string> nouns, AskedWords asked, UnderstoodMessage message)
    {
        var found = NoWords;
        foreach (var word in asked.Own.Concat(asked.Wide).SelectMany(words => words))
        {
            if (!nouns.Contains(word) || found.Contains(word) || OwnPersonNouns.AskedInPlural(word, message.Normalized)) continue;
            if (found == NoWords) found = new List<string>();
            found.Add(word);
        }

        return found;
    }

    /// <summary>The share of asked words (and described things) met by the terms or the sentence's asked person nouns.</summary>
    private static double Coverage(string[][] topical, HashSet<string> terms, List<string> personNouns, int describedHits, int described) =>
        topical.Length + described == 0 ? 1 : Math.Min(1, (topical.Count(words => AnyIn(words, terms) || (personNouns.Count > 0 && words.Any(personNouns.Contains))) + describedHits) / (double)(topical.Length + described));

    private static readonly List<string> NoWords = new();

    private static bool AnyIn(string[] words, HashSet<string> terms)
    {
        foreach (var word in words)
        {
            if (terms.Contains(word)) return true;
        }

        return false;
    }
}
