using System.Text.RegularExpressions;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// Answers "who is the &lt;role&gt; (of &lt;organisation&gt;)" from the roles the articles give people. Such a question
/// is answered only by a person whose role has every word of it: "secretary of state" is not
/// "Secretary of Homeland Security", so it is refused rather than guessed.
/// </summary>
public sealed partial class RoleAnswerer
{
    private static readonly string[] Modifiers = new[] { "vice", "deputy", "former", "acting", "assistant", "associate", "co", "ex", "interim", "junior" }
        .Select(TermAnalyzer.Stem).ToArray();

    private readonly IBriefingKnowledge _knowledge;
    private readonly EntityDescriber _describer;
    private readonly Vocabulary _vocabulary;
    private readonly Dictionary<int, HashSet<string>> _roleTerms;

    /// <summary>Creates the answerer.</summary>
    public RoleAnswerer(IBriefingKnowledge knowledge, EntityDescriber describer, Vocabulary vocabulary)
    {
        _knowledge = knowledge;
        _describer = describer;
        _vocabulary = vocabulary;
        _roleTerms = knowledge.Entities.Where(e => e.Kind == EntityKind.Person)
            .ToDictionary(e => e.Id, e => TermAnalyzer.Terms(string.Join(' ', e.Roles.Concat(e.Descriptions))).ToHashSet());
    }

    /// <summary>Null when the question is not about a role; else the people whose role fits (none: refuse).</summary>
    public AnswerOutcome? Find(UnderstoodMessage message)
    {
        if (!RoleQuestion().IsMatch(message.Normalized) || message.Terms.Count == 0 || message.ReferencedEntityIds.Count > 0) return null;
        if (message.Entities.Any(e => e.Entity.Kind == EntityKind.Person)) return null;
        var organisations = message.Entities.Select(e => e.Entity.Id).ToList();
        var fitting = _knowledge.Entities.Where(e => e.Kind == EntityKind.Person && Fits(e, message.Terms, organisations)).ToList();
        var candidates = fitting
            .Select(e => (Entity: e, Sentence: _describer.DefiningSentence(e)))
            .Where(p => p.Sentence is not null)
            .Select(p => new AnswerCandidate(_describer.NameWithRole(p.Entity), p.Sentence!.Value, 10) { EntityIds = new[] { p.Entity.Id } })
            .ToList();
        return candidates.Count switch
        {
            0 => AnswerOutcome.None,
            1 => new AnswerOutcome { Answer = candidates[0] },
            _ => new AnswerOutcome { Answer = candidates[0], Alternatives = candidates.Take(3).ToList() },
        };
    }

    private bool Fits(Entity person, IReadOnlyList<string> terms, IReadOnlyList<int> organisations)
    {
        var roleTerms = _roleTerms[person.Id];
        // A "vice president" is not the president: a role with a modifier the question lacks does not fit.
        if (Modifiers.Any(m => roleTerms.Contains(m) && !terms.Contains(m))) return false;
        return terms.All(t => _vocabulary.Expand(t, withWordNet: true).Any(roleTerms.Contains))
            && organisations.All(o => person.RelatedEntityIds.Contains(o)
                || _knowledge.Entity(o).Aliases.Append(_knowledge.Entity(o).Name).Any(n => person.Roles.Any(r => r.Contains(n, StringComparison.OrdinalIgnoreCase)))
                || RoleNamesOrganisation(person, terms, _knowledge.Entity(o)));
    }

    /// <summary>
    /// "The committee chairwoman" of an article's "Joint Committee …": the role's other words name the organisation, or
    /// the role names none and the person belongs to no other; either way only within one article.
    /// </summary>
    private bool RoleNamesOrganisation(Entity person, IReadOnlyList<string> asked, Entity organisation)
    {
        if (!person.ArticleIds.Intersect(organisation.ArticleIds).Any()) return false;
        // The role's words the question asks for, directly or by a synonym ("chair" for "chairman"), name no owner.
        var askedWords = asked.SelectMany(t => _vocabulary.Expand(t)).ToHashSet();
        var owner = TermAnalyzer.Terms(string.Join(' ', person.Roles)).Where(t => !askedWords.Contains(t)).Except(Modifiers).ToList();
        var named = TermAnalyzer.Terms(string.Join(' ', organisation.Aliases.Append(organisation.Name))).ToHashSet();
        return owner.Count > 0 ? owner.All(named.Contains) : person.RelatedEntityIds.Count == 0;
    }

    [GeneratedRegex(@"^(who|whom) (is|was|are|were) (the|a|an|their|its) ")]
    private static partial Regex RoleQuestion();
}
