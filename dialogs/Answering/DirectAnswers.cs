using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// Answers read straight from the store's facts, before any sentence is ranked: a role asked by its verb ("who speaks for
/// the ministry"), a quote or its speaker, a person's job, a relation, an organisation's staff, the name of a described thing, a role.
/// </summary>
public sealed class DirectAnswers
{
    private readonly QuoteAnswerer _quotes;
    private readonly RelationAnswerer _relations;
    private readonly RoleAnswerer _roles;
    private readonly StaffAnswerer _staff;
    private readonly JobAnswerer _jobs;
    private readonly DescribedNameAnswerer _describedName;
    private readonly AnswerChooser _chooser;
    private readonly PersonNouns _personNouns;
    private readonly IBriefingKnowledge _knowledge;
    private readonly NounRivals _rivals;

    /// <summary>Creates the answerers' front.</summary>
    public DirectAnswers(QuoteAnswerer quotes, RelationAnswerer relations, RoleAnswerer roles, StaffAnswerer staff, JobAnswerer jobs, DescribedNameAnswerer describedName,
        AnswerChooser chooser, PersonNouns personNouns, IBriefingKnowledge knowledge, NounRivals rivals)
    {
        _rivals = rivals;
        _quotes = quotes;
        _relations = relations;
        _roles = roles;
        _staff = staff;
        _jobs = jobs;
        _describedName = describedName;
        _chooser = chooser;
        _personNouns = personNouns;
        _knowledge = knowledge;
    }

    /// <summary>
    /// The direct answer; <see cref="AnswerOutcome.None"/> when the question asks only a relation the store lacks; null to
    /// rank sentences. <paramref name="contextEntityId"/> is the conversation's subject, if any.
    /// </summary>
    public AnswerOutcome? Find(UnderstoodMessage message, int? contextEntityId = null)
    {
        // "What business does he run" asks his job, not who runs a business.
        if (_jobs.Find(message) is { } job) return job;
        // "Who speaks for the ministry" asks for a role, not for whoever spoke.
        if (RoleVerbs.In(message.Normalized) is not null && _roles.Find(message) is { } byVerb) return byVerb;
        // "What did the general say" is not answered by a minister's words: the speaker must be what the question calls them.
        if (message.Expected == AnswerKind.Quote && _chooser.Choose(BySpeakersAsked(_quotes.Find(message), message), message) is { Answer: not null } quoted)
            return _rivals.Widen(quoted, message, named => _quotes.Find(named));
        if (message.Expected == AnswerKind.Person && IsReported(message)
            && _chooser.Choose(BySpeakersAsked(_quotes.Find(message, speakerAsAnswer: true), message), message) is { Answer: not null } speaker) return speaker;
        if (_relations.Find(message) is { } related) return new AnswerOutcome { Answer = related };
        if (_staff.Find(message) is { } staff) return new AnswerOutcome { Answer = staff };
        if (_describedName.Find(message, contextEntityId) is { } name) return new AnswerOutcome { Answer = name };
        if (_relations.AsksOnlyForRelation(message)) return AnswerOutcome.None;
        return _roles.Find(message);
    }

    private List<AnswerCandidate> BySpeakersAsked(IEnumerable<AnswerCandidate> statements, UnderstoodMessage message) =>
        statements.Where(c => c.EntityIds.All(id => _personNouns.Fits(_knowledge.Entity(id), message))).ToList();

    private bool IsReported(UnderstoodMessage message) => message.VerbMeaning is "say" or "warn" || message.Terms.Any(_quotes.IsStatementVerb);
}
