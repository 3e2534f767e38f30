using System.Text.RegularExpressions;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// A lede often tells who by a description before the article names them: "police arrested a local man …" is answered by
/// the person the article later describes with the same noun ("Ann Roe, a 31-year-old man") or says the same verb was done
/// to ("The suspect, Ann Roe, was arrested on Tuesday"). Only when exactly one person of the sentence's article fits; a
/// noun the question itself uses ("who hit the man") names no answer. "Who was poisoned" looks only at whom the lede's verb
/// is done to ("arrested a woman suspected of poisoning a journalist"), and a lede that describes them by no noun of the
/// article is answered by the person the next sentence opens with.
/// </summary>
public sealed partial class DescribedPeople
{
    private static readonly HashSet<string> PhraseEnds = new(StringComparer.OrdinalIgnoreCase) { "of", "at", "for", "in", "and", "with", "from", "born", "who", "that", "which", "on", "to" };
    private readonly IBriefingKnowledge _knowledge;
    private readonly EntityDescriber _describer;
    private readonly PersonNouns _personNouns;
    private readonly Vocabulary _vocabulary;
    private readonly ListedPeople _listed;
    private readonly AgentNounPeople _agents;

    /// <summary>Creates the finder.</summary>
    public DescribedPeople(IBriefingKnowledge knowledge, EntityDescriber describer, PersonNouns personNouns, Vocabulary vocabulary, ListedPeople listed, AgentNounPeople agents)
    {
        _agents = agents;
        _listed = listed;
        _personNouns = personNouns;
        _vocabulary = vocabulary;
        _knowledge = knowledge;
        _describer = describer;
    }

    /// <summary>The person each ranked sentence describes without naming, when a who-question found no name in them.</summary>
    public IEnumerable<AnswerCandidate> Find(UnderstoodMessage message, IEnumerable<RankedSentence> ranked)
    {
        // "Who is defending the man arrested", "who is the lawyer for …": a role asked of someone described is not the one described.
        if (message.Expected != AnswerKind.Person || message.HeadNoun is not null || RoleVerbs.In(message.Normalized) is not null || _personNouns.In(message).Count > 0) yield break;
        // "Who are the two other people police seek": a lede's "a man" is one person, and not the others.
        if (Others().IsMatch(message.Normalized)) yield break;
        if (AnswerKindClassifier.IsPlural(message.Normalized))
        {
            foreach (var listed in _listed.Find(message, ranked)) yield return listed;
            yield break;
        }

        foreach (var r in ranked)
        {
            var people = ByNoun(r.Sentence, message).Concat(ByVerb(r.Sentence, message)).Concat(_agents.Of(r.Sentence, message)).Where(e => !message.AllEntityIds.Contains(e.Id)).DistinctBy(e => e.Id).ToList();
            if (people.Count == 1) yield return new AnswerCandidate(_describer.NameWithRole(people[0]), r.Sentence.Id, r.Score) { EntityIds = new[] { people[0].Id } };
        }
    }

    /// <summary>People of the article, not named in the sentence, whose description's noun the sentence says after "a" or "an".</summary>
    private IEnumerable<Entity> ByNoun(Sentence sentence, UnderstoodMessage message)
    {
        var named = _knowledge.MentionsIn(sentence.Id).Select(m => m.EntityId).ToHashSet();
        var doneTo = DoneToPhrase(sentence.Text, message);
        var indefinite = IndefiniteNouns(doneTo ?? sentence.Text);
        var people = _knowledge.Entities.Where(e => e.Kind == EntityKind.Person && e.ArticleIds.Contains(sentence.ArticleId) && !named.Contains(e.Id)
            && (e.Descriptions.Select(Head).Any(h => h is not null && indefinite.Contains(h) && !message.Terms.Contains(TermAnalyzer.Stem(h)))
                || e.Descriptions.Any(d => WorksAt(d, doneTo ?? sentence.Text)))).ToList();
        return people.Count == 0 && doneTo is not null && sentence.Index == 1 ? NamedAfterLede(sentence) : people;
    }

    /// <summary>
    /// "Who was poisoned" of "police arrested a woman suspected of poisoning an exiled journalist": the "a …" phrase after
    /// the asked verb (whom it was done to), not the sentence's other people (who did it); null when the sentence does not say one.
    /// </summary>
    private string? DoneToPhrase(string text, UnderstoodMessage message) =>
        DoneToMeaning(message, _vocabulary) is { } means && VerbOnIndefinitePhrase().Matches(text).FirstOrDefault(means) is { } done
            ? done.Groups["object"].Value : null;

    /// <summary>A lede that describes whom it was done to without a name, then a sentence that opens with a person's name: the news habit of naming them next.</summary>
    private IEnumerable<Entity> NamedAfterLede(Sentence lede)
    {
        var next = _knowledge.SentencesOf(lede.ArticleId).FirstOrDefault(s => s.Index == lede.Index + 1);
        var opening = next is null ? null : _knowledge.MentionsIn(next.Id).FirstOrDefault(m => m.Start == 0);
        return opening is not null && _knowledge.Entity(opening.EntityId) is { Kind: EntityKind.Person } person ? new[] { person } : Array.Empty<Entity>();
    }

    /// <summary>
    /// "Police arrested a driver …" and later "The suspect, Ann Roe, was arrested": the one person the article names just
    /// before a passive of the asked verb (or a verb of the same meaning: "detained a driver"), when the sentence does that
    /// verb to someone it calls "a …". Asked as "who was/got arrested" or "who did police arrest".
    /// </summary>
    private IEnumerable<Entity> ByVerb(Sentence sentence, UnderstoodMessage message)
    {
        if (DoneToMeaning(message, _vocabulary) is not { } means) return Array.Empty<Entity>();
        if (!VerbOnIndefinite().Matches(sentence.Text).Any(means)) return Array.Empty<Entity>();
        var people = new List<Entity>();
        foreach (var other in _knowledge.SentencesOf(sentence.ArticleId).Where(s => s.Id != sentence.Id))
        {
            foreach (Match passive in Passive().Matches(other.Text))
            {
                if (!means(passive)) continue;
                var doneTo = _knowledge.MentionsIn(other.Id).Where(m => m.Start < passive.Index && _knowledge.Entity(m.EntityId).Kind == EntityKind.Person).MaxBy(m => m.Start);
                // "Ann Roe said two men were arrested": a speaker is not whom it was done to.
                if (doneTo is not null && !Reports(other.Text[doneTo.Start..passive.Index])) people.Add(_knowledge.Entity(doneTo.EntityId));
            }
        }

        return people;
    }

    /// <summary>Whether a match's "verb" group means the verb done to the one asked for (or a synonym); null when the question asks no such verb.</summary>
    internal static Func<Match, bool>? DoneToMeaning(UnderstoodMessage message, Vocabulary vocabulary)
    {
        if (DoneToVerb(message) is not { } asked) return null;
        var verbs = vocabulary.Expand(asked).Append(asked).ToHashSet();
        return m => verbs.Contains(TermAnalyzer.Stem(m.Groups["verb"].Value.ToLowerInvariant()));
    }

    /// <summary>The stem of the verb done to the one asked for: "arrest" of "who was arrested" or "who did police arrest".</summary>
    private static string? DoneToVerb(UnderstoodMessage message)
    {
        if (CountedPassiveQuestion().Match(message.Normalized) is { Success: true } counted) return TermAnalyzer.Stem(counted.Groups["verb"].Value);
        if (PassiveQuestion().IsMatch(message.Normalized)) return message.MainVerb;
        if (RelativePassiveQuestion().Match(message.Normalized) is { Success: true } relative) return TermAnalyzer.Stem(relative.Groups["verb"].Value);
        return ObjectQuestion().Match(message.Normalized) is { Success: true } asked ? TermAnalyzer.Stem(asked.Groups["verb"].Value) : null;
    }

    /// <summary>True when the words between a name and a verb report ("Ann Roe said two men were …"): the speaker is not whom it was done to.</summary>
    internal static bool Reports(string between) =>
        between.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => Knowledge.Extraction.ReportingVerbs.LemmaOf(w.Trim(',', '.').ToLowerInvariant()) is not null);

    /// <summary>The nouns a text says after "a" or "an" ("teacher" of "police detained a 30-year-old teacher at …"), in lower case.</summary>
    internal static HashSet<string> IndefiniteNouns(string text) =>
        IndefinitePhrase().Matches(text).Select(m => m.Groups["noun"].Value.ToLowerInvariant()).ToHashSet();

    /// <summary>
    /// "A boatyard worker" of a text is whoever the article describes by a job at that place ("a crane driver at the yard"):
    /// "worker" names no job, only where it is done, and the article shortens the place to its last word.
    /// </summary>
    internal static bool WorksAt(string description, string text)
    {
        if (JobAtPlace().Match(description) is not { Success: true } job) return false;
        var place = job.Groups["place"].Value;
        return PlaceWorker().Matches(text).Any(m => m.Groups["place"].Value.ToLowerInvariant() is var said && (said == place || (place.Length >= 4 && said.EndsWith(place, StringComparison.Ordinal))));
    }

    /// <summary>"man" of "a 31-year-old Belgian man", "elder" of "a Tuareg elder and former mayor of …"; null for a capitalised or one-word description.</summary>
    internal static string? Head(string description)
    {
        var words = description.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var phrase = words.Skip(1).TakeWhile(w => !PhraseEnds.Contains(w) && !w.EndsWith(',')).ToList();
        var head = phrase.LastOrDefault();
        return head is null || !head.All(char.IsLower) ? null : head;
    }

    [GeneratedRegex(@"\b(a|an)\s+([\w-]+\s+){0,3}?(?<noun>[a-z]+)\b(?=\s*(,|\.|;|$|\s+(who|that|suspected|accused|believed|said|of|at|from|in|with|and|was|is|has|had)\b))")]
    private static partial Regex IndefinitePhrase();

    /// <summary>"a shipyard worker", "an airport employee": the place a worker's job is done.</summary>
    [GeneratedRegex(@"\b(a|an)\s+(?<place>[a-z]+)\s+(worker|employee)\b")]
    private static partial Regex PlaceWorker();

    /// <summary>"A crane driver at the dock": a job and, at the description's end, the place it is done.</summary>
    [GeneratedRegex(@"^(a|an)\s+[a-z- ]*?[a-z]+\s+at\s+the\s+(?<place>[a-z]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex JobAtPlace();

    [GeneratedRegex(@"\b(other|others|else)\b")]
    private static partial Regex Others();

    /// <summary>"Who was arrested": asked of whom it was done to ("who arrested him" asks for the doer).</summary>
    [GeneratedRegex(@"^who (was|were|got|gets|has been|have been) ")]
    private static partial Regex PassiveQuestion();

    /// <summary>"Who's the journalist who got poisoned": the noun asked for is whom the verb was done to.</summary>
    [GeneratedRegex(@"^who(s|'s| is| was) the ([a-z-]+ )?[a-z]+ (who|that) (was|were|got|has been|had been) (?<verb>[a-z]{3,})\b")]
    private static partial Regex RelativePassiveQuestion();

    /// <summary>"Who did police arrest": the one it was done to, by a doer the question names.</summary>
    [GeneratedRegex(@"^whom? (did|do|does|have|has|had) (the )?(?!(you|i|we|it)\b)[a-z]+ (?<verb>[a-z]{3,})\b")]
    private static partial Regex ObjectQuestion();

    /// <summary>"Who were the two men arrested": the verb after the counted noun.</summary>
    [GeneratedRegex(@"^who (were|are) the (two|three|four|five) [a-z]+ (?<verb>[a-z]{3,}ed)\b")]
    private static partial Regex CountedPassiveQuestion();

    [GeneratedRegex(@"\b(?<verb>[a-z]+ed)\s+(a|an)\s")]
    private static partial Regex VerbOnIndefinite();

    /// <summary>"poisoning an exiled journalist", "arrested a man": the verb and the "a …" phrase it is done to, up to the clause's end.</summary>
    [GeneratedRegex(@"\b(?<verb>[a-z]+(ed|ing))\s+(?=(?<object>(a|an)\s[^,;.]*))")]
    private static partial Regex VerbOnIndefinitePhrase();

    [GeneratedRegex(@"\b(was|were)\s+(\w+ly\s+)?(?<verb>[a-z]+ed)\b")]
    private static partial Regex Passive();
}
