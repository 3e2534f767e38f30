using System.Text.RegularExpressions;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// The entities of one sentence that may answer a who / which group / where question, best first: speakers of
/// matching statements, then those mentioned nearest the question's words; never those the question names itself.
/// </summary>
public sealed partial class AnswerEntities
{
    private static readonly HashSet<string> SayingMeanings = new[] { "say", "warn", "call", "criticize", "talk" }.Select(TermAnalyzer.Stem).ToHashSet();

    private readonly IBriefingKnowledge _knowledge;
    private readonly PersonNouns _roles;
    private readonly PassiveAgents _agents;
    private readonly MentionsByNearness _mentions;
    private readonly ModifiedKindNoun _modified;
    private readonly ActiveDoers _doers;

    /// <summary>Creates the finder.</summary>
    public AnswerEntities(IBriefingKnowledge knowledge, PersonNouns roles, PassiveAgents agents, MentionsByNearness mentions, ModifiedKindNoun modified, ActiveDoers doers)
    {
        _doers = doers;
        _modified = modified;
        _knowledge = knowledge;
        _roles = roles;
        _agents = agents;
        _mentions = mentions;
    }

    /// <summary>The sentence's entities that fit the question, leaving out <paramref name="asked"/>.</summary>
    public List<Entity> In(int sentenceId, UnderstoodMessage message, HashSet<int> asked)
    {
        if (Ellipsis.AsksForAgent(message.Normalized))
        {
            return _agents.Of(sentenceId, message.Terms).Select(_knowledge.Entity).Where(e => !asked.Contains(e.Id) && Fits(e.Kind, AnswerKind.Entity)).ToList();
        }

        var statements = _knowledge.StatementsIn(sentenceId);
        var speakers = statements
            .OrderByDescending(s => message.VerbMeaning is not null && s.Verb.StartsWith(message.VerbMeaning, StringComparison.OrdinalIgnoreCase))
            .Select(s => s.SpeakerEntityId).ToList();
        var mentioned = _mentions.In(sentenceId, message.Terms);
        var titled = new HashSet<int>();
        if (!AsksAboutSaying(message))
        {
            // Who said a thing is not what the thing is about: a speaker is the answer only when the question's words
            // are said of the speaker ("X, a firm hired by the operator, said …"), not inside what was said.
            var saidBy = statements.Where(s => !IsDescribed(s, sentenceId, message)).Select(s => s.SpeakerEntityId).ToHashSet();
            titled = mentioned.Where(id => saidBy.Any(speaker => InTitleOf(id, speaker))).ToHashSet();
            (speakers, mentioned) = (speakers.Where(id => !saidBy.Contains(id)).ToList(), mentioned.Where(id => !saidBy.Contains(id)));
        }
        // "Who leads the group?" is not answered by "X Group": a name ending in the noun the question asks about is that noun's thing.
        var modifiers = _modified.Of(message);
        var doers = _doers.In(sentenceId, message.Normalized);
        var candidates = speakers.Concat(mentioned).Distinct().Where(id => !asked.Contains(id) && !doers.Contains(id)).Select(_knowledge.Entity)
            .Where(e => (IsPlaceOfWhere(e, message) || _roles.Fits(e, message)) && !(TermAnalyzer.Terms(e.Name).LastOrDefault() is { } head && message.Terms.Contains(head)) && _modified.Fits(e, modifiers)).ToList();
        var strict = OwnPlacesFirst(candidates.Where(e => Fits(e.Kind, message.Expected)).ToList(), sentenceId, message, asked);
        // "Who owns the ship?" may be answered by a company (never by a ship): a who-question takes an organisation when no person fits.
        var plainWho = message.Expected == AnswerKind.Person && message.HeadNoun is null;
        // Not, though, the group in the title of a speaker who is not the answer ("Acme Director Ann Roe said …"): it speaks through her;
        // nor, for "who is the skipper …", a group the articles never call a skipper.
        var identified = IdentifiedNoun(message.Normalized);
        return strict.Count > 0 || !plainWho ? strict : candidates.Where(e => e.Kind is EntityKind.Organization or EntityKind.Other && !titled.Contains(e.Id)
            && (identified is null || _modified.IsCalled(e, identified))).ToList();
    }

    /// <summary>
    /// "Where was he caught?" of "Ann Roe at her flat in Lakeport and Bo Lind at a garage in Vella": a sentence naming
    /// several people, each with a place, gives the asked person's own place after their name, before the next person's.
    /// </summary>
    private List<Entity> OwnPlacesFirst(List<Entity> places, int sentenceId, UnderstoodMessage message, HashSet<int> asked)
    {
        if (message.Expected != AnswerKind.Place || places.Count < 2) return places;
        var people = _knowledge.MentionsIn(sentenceId).Where(m => !m.IsResolvedReference && _knowledge.Entity(m.EntityId).Kind == EntityKind.Person).OrderBy(m => m.Start).ToList();
        if (people.Select(m => m.EntityId).Distinct().Count() < 2) return places;
        var own = people.Where(m => asked.Contains(m.EntityId))
            .Select(m => (From: m.Start, To: people.FirstOrDefault(o => o.Start > m.Start && !asked.Contains(o.EntityId))?.Start ?? int.MaxValue)).ToList();
        if (own.Count == 0) return places;
        var inOwn = _knowledge.MentionsIn(sentenceId).Where(m => own.Any(o => m.Start > o.From && m.Start < o.To)).Select(m => m.EntityId).ToHashSet();
        return places.OrderByDescending(e => inOwn.Contains(e.Id)).ToList();
    }

    /// <summary>
    /// "Where were the prisoners caught": a person noun of a where-question says whose event it is, not what the answer
    /// is, so a place needs no role.
    /// </summary>
    private static bool IsPlaceOfWhere(Entity entity, UnderstoodMessage message) => message.Expected == AnswerKind.Place && entity.Kind == EntityKind.Place;

    private bool IsDescribed(Statement statement, int sentenceId, UnderstoodMessage message)
    {
        var sentence = _knowledge.Sentence(sentenceId).Text;
        var outside = TermAnalyzer.Terms(sentence.Replace(statement.Content, " ", StringComparison.OrdinalIgnoreCase)).ToHashSet();
        return message.Terms.Any(outside.Contains);
    }

    /// <summary>True when the entity's name or short name stands in the speaker's title ("Acme" in "Acme Director").</summary>
    private bool InTitleOf(int entityId, int speakerId)
    {
        var entity = _knowledge.Entity(entityId);
        var names = entity.Aliases.Append(entity.Name).Where(n => n.Length > 0).Select(n => $" {n} ").ToList();
        return entityId != speakerId && _knowledge.Entity(speakerId).Roles.Any(r => names.Any(n => $" {r} ".Contains(n, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>The stem of the noun a "who is the skipper …" or "who was her skipper" question asks to identify, or null for any other question.</summary>
    private static string? IdentifiedNoun(string normalized) =>
        IdentifyingQuestion().Match(normalized) is { Success: true } match ? TermAnalyzer.Stem(match.Groups["noun"].Value) : null;

    [GeneratedRegex(@"^who(?: is|'s|s| was| are| were) (?:the|his|her|its|their) (?<noun>[a-z-]+)")]
    private static partial Regex IdentifyingQuestion();

    private static bool AsksAboutSaying(UnderstoodMessage message) => message.VerbMeaning is { } meaning && SayingMeanings.Contains(meaning);

    private static bool Fits(EntityKind kind, AnswerKind expected) => expected switch
    {
        AnswerKind.Person => kind == EntityKind.Person,
        AnswerKind.Organization => kind is EntityKind.Organization or EntityKind.Other,
        AnswerKind.Place => kind == EntityKind.Place,
        AnswerKind.Thing => kind is EntityKind.Other or EntityKind.Vessel,
        _ => kind is EntityKind.Person or EntityKind.Organization or EntityKind.Other or EntityKind.Vessel,
    };
}
