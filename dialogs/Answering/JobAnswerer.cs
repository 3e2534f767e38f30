using System.Text.RegularExpressions;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "What's his job", "where does she work now", "which department is she in", "what does Ann Roe do for a living": answered about
/// the one person asked (named or in focus) with the roles the articles give them and the organisations they are tied
/// to, cited where the role stands. A person with no such role is left to the ranked sentences: a story part ("the
/// driver") is no job.
/// </summary>
public sealed partial class JobAnswerer
{
    private readonly IBriefingKnowledge _knowledge;
    private readonly EntityDescriber _describer;

    /// <summary>Creates the answerer.</summary>
    public JobAnswerer(IBriefingKnowledge knowledge, EntityDescriber describer)
    {
        _knowledge = knowledge;
        _describer = describer;
    }

    /// <summary>The person's job; null when the question asks no one person's job or the store has none for them.</summary>
    public AnswerOutcome? Find(UnderstoodMessage message)
    {
        if (!AsksJob(message.Normalized)) return null;
        var people = message.AllEntityIds.Select(_knowledge.Entity).Where(e => e.Kind == EntityKind.Person).ToList();
        if (people.Count != 1) return null;
        var person = people[0];
        var jobs = Jobs(person);
        // No job stored, or "she" of a man the articles call "he": the sentences are ranked as before.
        if (jobs.Count == 0 || OtherGender(person, message.Normalized) || _describer.DefiningSentence(person) is not int sentenceId) return null;
        var named = string.Join("; ", jobs);
        var employers = _describer.Related(person, EntityKind.Organization).ToList();
        if (employers.Count == 0 && AsksEmployer(message.Normalized) && EmployerBeside(person, sentenceId) is { } employer) employers.Add(employer);
        var organisations = employers.Select(o => o.Name).Where(name => !named.Contains(name, StringComparison.OrdinalIgnoreCase)).ToList();
        var text = organisations.Count == 0 ? $"{person.Name}: {named}" : $"{person.Name}: {named} ({string.Join(", ", organisations)})";
        return new AnswerOutcome { Answer = new AnswerCandidate(text, sentenceId, 10) { EntityIds = new[] { person.Id }, Timeless = true } };
    }

    /// <summary>
    /// "Piet Holm, who heads the port police's Harbour Department inquiry": the organisation named
    /// after the person in the sentence giving the role, before the sentence reports anything; of several, the last, as a
    /// chain of owners ends in the unit.
    /// </summary>
    private Entity? EmployerBeside(Entity person, int sentenceId)
    {
        var text = _knowledge.Sentence(sentenceId).Text;
        var mentions = _knowledge.MentionsIn(sentenceId);
        if (mentions.FirstOrDefault(m => m.EntityId == person.Id) is not { } own) return null;
        var end = Math.Min(text.Length, own.Start + own.Surface.Length);
        var said = ReportingVerbs.Pattern.Match(text, end) is { Success: true } verb ? verb.Index : text.Length;
        return mentions.Where(m => m.Start >= end && m.Start < said).Select(m => _knowledge.Entity(m.EntityId))
            .LastOrDefault(e => e.Kind == EntityKind.Organization);
    }

    /// <summary>True when the question calls the person "she" and the articles only "he", or the other way round.</summary>
    private bool OtherGender(Entity person, string normalized)
    {
        var words = normalized.Split(' ');
        var called = _knowledge.MentionsOf(person.Id).Where(m => m.IsResolvedReference).Select(m => m.Surface.ToLowerInvariant()).ToHashSet();
        bool Says(IEnumerable<string> said, params string[] pronouns) => said.Any(pronouns.Contains);
        return (Says(words, "she", "her") && !Says(called, "she", "her") && Says(called, "he", "his", "him"))
            || (Says(words, "he", "his", "him") && !Says(called, "he", "his", "him") && Says(called, "she", "her"));
    }

    private static bool AsksEmployer(string normalized) => WorksWhere().IsMatch(normalized) || WhichEmployer().IsMatch(normalized);

    /// <summary>True when the question asks what a person does for work or whom they work for.</summary>
    public static bool AsksJob(string normalized) =>
        JobNoun().IsMatch(normalized) || DoesForWork().IsMatch(normalized) || WorksWhere().IsMatch(normalized) || WhichEmployer().IsMatch(normalized);

    /// <summary>
    /// The roles, and the descriptions that classify the person ("a criminologist at …") or name an organisation ("the
    /// editor of Volny Ruch"); "the driver" or "leader of the inquiry" says only their part in the story.
    /// </summary>
    private static List<string> Jobs(Entity person) =>
        person.Roles.Concat(person.Descriptions.Where(IsJobDescription)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static bool IsJobDescription(string description)
    {
        var words = description.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words[0].ToLowerInvariant() is "his" or "her" or "their") return false;
        return words[0].ToLowerInvariant() is "a" or "an" || words.Skip(1).Any(w => char.IsUpper(w[0]));
    }

    [GeneratedRegex(@"^(what|which)\b.*\b(job|occupation|profession|line of work|employer|workplace)\b")]
    private static partial Regex JobNoun();

    [GeneratedRegex(@"^what (does|do) [\w .'-]+ do( for (a )?living| for work)?( these days| now| nowadays| today)?\??$")]
    private static partial Regex DoesForWork();

    [GeneratedRegex(@"^(where (does|did|do) [\w .'-]+ work|who (does|did|do) [\w .'-]+ work for|who employs (him|her|them))\b")]
    private static partial Regex WorksWhere();

    [GeneratedRegex(@"^(what|which) (unit|agency|firm|company|organi[sz]ation|department|office|outlet|site|website|paper|newspaper|business|institute|university|ministry|force|service|bank|charity|employer|team) (is|was|does|did) [\w .'-]+ (with|in|at|from|for|work for|work at|work in|run|lead|head|belong to|serve in|serve with|represent|own)\??$")]
    private static partial Regex WhichEmployer();
}
