using System.Text.RegularExpressions;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// Answers who / which group / where questions with the entities a sentence names, leaving out those the question
/// itself names. Speakers of matching statements come first. When a sentence only says "the two groups" or "they",
/// the entities of the sentences just before it are used.
/// </summary>
public sealed partial class EntityAnswerExtractor : IAnswerExtractor
{
    private readonly IBriefingKnowledge _knowledge;
    private readonly EntityDescriber _describer;
    private readonly AnsweringOptions _options;
    private readonly PersonNouns _roles;
    private readonly PassiveAgents _agents;

    /// <summary>Creates the extractor.</summary>
    public EntityAnswerExtractor(IBriefingKnowledge knowledge, EntityDescriber describer, AnsweringOptions options, PersonNouns roles)
    {
        _roles = roles;
        _agents = new PassiveAgents(knowledge);
        _knowledge = knowledge;
        _describer = describer;
        _options = options;
    }

    /// <inheritdoc />
    public bool Handles(AnswerKind kind) => kind is AnswerKind.Person or AnswerKind.Organization or AnswerKind.Place or AnswerKind.Entity or AnswerKind.Thing;

    /// <inheritdoc />
    public IEnumerable<AnswerCandidate> Extract(UnderstoodMessage message, RankedSentence ranked)
    {
        var asked = message.AllEntityIds.ToHashSet();
        var found = EntitiesOf(ranked.Sentence.Id, message, asked);
        if (found.Count == 0 && message.Expected != AnswerKind.Place && Anaphora.RefersBack(ranked.Sentence.Text)) found = LookBack(ranked.Sentence, message, asked);
        if (found.Count == 0) yield break;

        var wanted = Plural(message) ? found.Take(3).ToList() : found.Take(1).ToList();
        var text = string.Join(" and ", wanted.Select(e => _describer.NameWithRole(e)));
        yield return new AnswerCandidate(text, ranked.Sentence.Id, ranked.Score) { EntityIds = wanted.Select(e => e.Id).ToList() };
    }

    private List<Entity> EntitiesOf(int sentenceId, UnderstoodMessage message, HashSet<int> asked)
    {
        if (Ellipsis.AsksForAgent(message.Normalized))
        {
            return _agents.Of(sentenceId, message.Terms).Select(_knowledge.Entity).Where(e => !asked.Contains(e.Id) && Fits(e.Kind, AnswerKind.Entity)).ToList();
        }

        var statements = _knowledge.StatementsIn(sentenceId);
        var speakers = statements
            .OrderByDescending(s => message.VerbMeaning is not null && s.Verb.StartsWith(message.VerbMeaning, StringComparison.OrdinalIgnoreCase))
            .Select(s => s.SpeakerEntityId).ToList();
        var hits = TermPositions(_knowledge.Sentence(sentenceId).Text, message.Terms);
        // The answer stands near the words the question shares with the sentence ("its last base in the north, Lakeport").
        var mentioned = _knowledge.MentionsIn(sentenceId).Where(m => !IsObjectPronoun(m)).OrderBy(m => hits.Count == 0 ? 0 : hits.Min(h => Math.Abs(h - m.Start))).ThenBy(m => m.Start).Select(m => m.EntityId);
        if (!AsksAboutSaying(message))
        {
            // Who said a thing is not what the thing is about: a speaker is the answer only when the question's words
            // are said of the speaker ("X, a firm hired by the operator, said …"), not inside what was said.
            var saidBy = statements.Where(s => !IsDescribed(s, sentenceId, message)).Select(s => s.SpeakerEntityId).ToHashSet();
            (speakers, mentioned) = (speakers.Where(id => !saidBy.Contains(id)).ToList(), mentioned.Where(id => !saidBy.Contains(id)));
        }
        // "Who leads the group?" is not answered by "X Group": a name ending in the noun the question asks about is that noun's thing.
        var candidates = speakers.Concat(mentioned).Distinct().Where(id => !asked.Contains(id)).Select(_knowledge.Entity)
            .Where(e => _roles.Fits(e, message) && !(TermAnalyzer.Terms(e.Name).LastOrDefault() is { } head && message.Terms.Contains(head))).ToList();
        var strict = candidates.Where(e => Fits(e.Kind, message.Expected)).ToList();
        // "Who owns the ship?" may be answered by a company: a who-question takes an organisation when no person fits.
        var plainWho = message.Expected == AnswerKind.Person && message.HeadNoun is null;
        return strict.Count > 0 || !plainWho ? strict : candidates.Where(e => Fits(e.Kind, AnswerKind.Entity)).ToList();
    }

    private List<Entity> LookBack(Sentence sentence, UnderstoodMessage message, HashSet<int> asked)
    {
        var previous = _knowledge.SentencesOf(sentence.ArticleId)
            .Where(s => s.Index < sentence.Index && s.Index >= sentence.Index - _options.LookBackSentences)
            .OrderByDescending(s => s.Index);
        var byMentions = previous.SelectMany(s => EntitiesOf(s.Id, message, asked))
            .GroupBy(e => e.Id).OrderByDescending(g => g.Count()).Select(g => g.First());
        return byMentions.ToList();
    }

    /// <summary>"… who offered him …": whom "him" or "his" means is a guess, never an answer.</summary>
    private static bool IsObjectPronoun(Mention mention) =>
        mention.IsResolvedReference && mention.Surface.Trim().ToLowerInvariant() is "him" or "his" or "her" or "hers" or "them" or "their" or "its";

    private static List<int> TermPositions(string sentence, IReadOnlyList<string> terms) =>
        Word().Matches(sentence).Where(w => terms.Contains(TermAnalyzer.Stem(w.Value.ToLowerInvariant()))).Select(w => w.Index).ToList();

    [GeneratedRegex(@"[\p{L}][\p{L}'-]*")]
    private static partial Regex Word();

    private bool IsDescribed(Statement statement, int sentenceId, UnderstoodMessage message)
    {
        var sentence = _knowledge.Sentence(sentenceId).Text;
        var outside = TermAnalyzer.Terms(sentence.Replace(statement.Content, " ", StringComparison.OrdinalIgnoreCase)).ToHashSet();
        return message.Terms.Any(outside.Contains);
    }

    private static readonly HashSet<string> SayingMeanings = new[] { "say", "warn", "call", "criticize", "talk" }.Select(TermAnalyzer.Stem).ToHashSet();

    private static bool AsksAboutSaying(UnderstoodMessage message) => message.VerbMeaning is { } meaning && SayingMeanings.Contains(meaning);

    private static bool Plural(UnderstoodMessage message) => AnswerKindClassifier.IsPlural(message.Normalized);

    private static bool Fits(EntityKind kind, AnswerKind expected) => expected switch
    {
        AnswerKind.Person => kind == EntityKind.Person,
        AnswerKind.Organization => kind is EntityKind.Organization or EntityKind.Other,
        AnswerKind.Place => kind == EntityKind.Place,
        AnswerKind.Thing => kind is EntityKind.Other or EntityKind.Vessel,
        _ => kind is EntityKind.Person or EntityKind.Organization or EntityKind.Other or EntityKind.Vessel,
    };
}
