using System.Text.RegularExpressions;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// Answers "who is the &lt;role&gt; (of &lt;organisation&gt;)" from the roles the articles give people. Such a question
/// is answered only by a person whose role has every word of it — "secretary of state" is not
/// "Secretary of Homeland Security", so it is refused rather than guessed — or, with the role's head noun asked, whose
/// other words the articles say of them (<see cref="RoleQuestionWords"/>). Roles asked by a verb go to <see cref="RoleByVerb"/>.
/// </summary>
public sealed partial class RoleAnswerer
{
    internal static readonly string[] Modifiers = new[] { "vice", "deputy", "former", "acting", "assistant", "associate", "co", "ex", "interim", "junior" }
        .Select(TermAnalyzer.Stem).ToArray();

    private readonly IBriefingKnowledge _knowledge;
    private readonly EntityDescriber _describer;
    private readonly Vocabulary _vocabulary;
    private readonly Dictionary<int, HashSet<string>> _roleTerms;
    private readonly RoleEvidence _evidence;
    private readonly RoleByVerb _byVerb;
    private readonly RoleOrganisations _organisations;
    private readonly HashSet<string> _groupNouns;

    /// <summary>Creates the answerer.</summary>
    public RoleAnswerer(IBriefingKnowledge knowledge, EntityDescriber describer, Vocabulary vocabulary, RoleEvidence evidence, RoleByVerb byVerb, RoleOrganisations organisations)
    {
        // The words of every role and description of a group ("the trawler owner"), whole words: "Directorate" is no director.
        _groupNouns = knowledge.Entities.Where(e => e.Kind is EntityKind.Organization or EntityKind.Other).SelectMany(e => e.Roles.Concat(e.Descriptions))
            .SelectMany(d => d.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet();
        _organisations = organisations;
        _knowledge = knowledge;
        _describer = describer;
        _vocabulary = vocabulary;
        _evidence = evidence;
        _byVerb = byVerb;
        _roleTerms = knowledge.Entities.Where(e => e.Kind == EntityKind.Person)
            .ToDictionary(e => e.Id, e => TermAnalyzer.Terms(string.Join(' ', e.Roles.Concat(e.Descriptions))).ToHashSet());
    }

    /// <summary>Null when the question is not about a role; else the people whose role fits (none: refuse).</summary>
    public AnswerOutcome? Find(UnderstoodMessage message)
    {
        var byVerb = RoleVerbs.In(message.Normalized);
        if (byVerb is null && !RoleQuestion().IsMatch(message.Normalized)) return null;
        if (byVerb is not null) message = NamingTheThingInFocus(message);
        else message = WithParticipleAsOf(message);
        if ((byVerb is null && message.Terms.Count == 0) || message.ReferencedEntityIds.Count > 0) return null;
        if (byVerb is null && message.Entities.Any(e => e.Entity.Kind == EntityKind.Person)) return null;
        var words = RoleQuestionWords.Of(message.Normalized);
        var fitting = _knowledge.Entities.Where(e => e.Kind == EntityKind.Person)
            .Select(e => (Person: e, Weak: byVerb is null ? Fit(e, message, words) : _byVerb.Fit(e, message, byVerb, words)))
            .Where(p => p.Weak is not null).ToList();
        // "Who heads Tarnpol": the head of a unit of it is no answer, nor is the sentence saying what they head.
        var asked = message.Terms.Concat(message.Entities.SelectMany(m => TermAnalyzer.Terms(m.Surface))).ToHashSet();
        if (fitting.Count > 0 && !fitting.Any(p => RoleUnits.Fit(p.Person, asked))) return AnswerOutcome.None;
        fitting = fitting.Where(p => RoleUnits.Fit(p.Person, asked)).ToList();
        // Fewer words met only by what the article is about is the better fit.
        var best = fitting.Where(p => p.Weak == fitting.Min(f => f.Weak)).Select(p => p.Person).ToList();
        var candidates = best
            .Select(e => (Entity: e, Sentence: _describer.DefiningSentence(e)))
            .Where(p => p.Sentence is not null)
            .Select(p => new AnswerCandidate(_describer.NameWithRole(p.Entity), p.Sentence!.Value, 10) { EntityIds = new[] { p.Entity.Id } })
            .ToList();
        return candidates.Count switch
        {
            // "Who is running the prosecution" asks for a prosecutor, whom no other person is.
            0 => (byVerb is null && NamesAnOffice(message)) || byVerb is { HeldOverTheCase: true } ? AnswerOutcome.None : null,
            1 => new AnswerOutcome { Answer = candidates[0] },
            _ => new AnswerOutcome { Answer = candidates[0], Alternatives = candidates.Take(3).ToList() },
        };
    }

    /// <summary>
    /// "Who is the prosecutor handling the harbour theft case" is asked as "… in the harbour theft case", "who is the admiral
    /// running the flotilla" as "… of the flotilla": the participle says what the role is held over, and its verb is no
    /// word the person's role must have.
    /// </summary>
    private static UnderstoodMessage WithParticipleAsOf(UnderstoodMessage message)
    {
        if (RoleParticiple().Match(message.Normalized) is not { Success: true } participle) return message;
        var verb = TermAnalyzer.Stem(participle.Groups["verb"].Value);
        // "Handling the … case" frames the story as "in the … case" does (RoleQuestionWords); anything else is what the role is of.
        var preposition = FramesStory(message.Normalized[participle.Length..]) ? "in" : "of";
        var normalized = message.Normalized.Remove(participle.Groups["verb"].Index, participle.Groups["verb"].Length).Insert(participle.Groups["verb"].Index, preposition);
        return message with { Normalized = normalized, Terms = message.Terms.Where(t => t != verb).ToList() };
    }

    /// <summary>"The harbour theft case": a story noun after one to three words.</summary>
    private static bool FramesStory(string rest) =>
        rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(3).Any(w => RoleQuestionWords.IsStoryNoun(TermAnalyzer.Stem(w)));

    /// <summary>"Who speaks for it?" about the agency in focus is asked as "who speaks for the agency".</summary>
    private UnderstoodMessage NamingTheThingInFocus(UnderstoodMessage message) =>
        message.Entities.Count == 0 && message.ReferencedEntityIds.Count == 1 && _knowledge.Entity(message.ReferencedEntityIds[0]) is { Kind: not EntityKind.Person } thing
            ? message with { Entities = new[] { new EntityMatch(thing, -1, 0, thing.Name, 1) }, ReferencedEntityIds = Array.Empty<int>() }
            : message;

    /// <summary>
    /// Null when the person does not fit; else how many of the question's words only the article's topic meets. Every
    /// word is in the role, or (with the role's head noun asked) met as <see cref="RoleQuestionWords"/> says.
    /// </summary>
    private int? Fit(Entity person, UnderstoodMessage message, RoleQuestionWords words)
    {
        var roleTerms = _roleTerms[person.Id];
        if (HasModifierBeyond(roleTerms, message.Terms)) return null;
        var lawyer = RoleVerbs.LawyerStems.Any(roleTerms.Contains);
        var extra = message.Terms.Where(t => !_vocabulary.Expand(t, withWordNet: true).Any(roleTerms.Contains) && !(lawyer && RoleVerbs.IsLawyerVerb(t))).ToList();
        if (!_organisations.Fit(person, message, words.Story.Union(words.OfStory).ToHashSet())) return null;
        if (extra.Count == 0) return 0;
        if (!message.Terms.Except(extra).Any(t => _evidence.IsHead(person, t))) return null;
        var weak = 0;
        foreach (var term in extra)
        {
            if (words.OfOffice.Contains(term))
            {
                // "The ringleader of the harbour plot": the office's "of" words may name the person's story instead.
                if (!words.OfStory.Contains(term) || !_evidence.IsStoryOf(person, term)) return null;
                weak++;
                continue;
            }

            if (RoleQuestionWords.IsStoryNoun(term) && words.Story.Count > 0) continue;
            if (words.Nationalities.TryGetValue(term, out var country)) { if (!_evidence.IsOfCountry(person, country)) return null; weak++; }
            else if (words.Story.Contains(term)) { if (!_evidence.IsStoryOf(person, term)) return null; weak++; }
            else if (_evidence.IsIntroducedWith(person, term)) continue;
            // "The chief executive of the Tarnby water utility": a word of the organisation the person belongs to.
            else if (_evidence.IsTiedTo(person, term)) continue;
            // "The lawyer for the suspect": "His lawyer, Ann Roe" names no client, whom the story's own words may describe.
            else if (lawyer && NamesNoClient(person) && _evidence.IsStoryOf(person, term)) weak++;
            else return null;
        }

        return weak;
    }

    /// <summary>"His lawyer": a role whose owner is only a pronoun.</summary>
    private static bool NamesNoClient(Entity person) =>
        person.Descriptions.Any(d => d.Split(' ', 2)[0].ToLowerInvariant() is "his" or "her" or "their");

    /// <summary>
    /// "Who is the chairman of …" names an office: no one holding it means no answer. "Who is the freed hostage" names none,
    /// and the sentences may still say who; nor does "who is the owner of the trawler" when a group is called an owner.
    /// </summary>
    private bool NamesAnOffice(UnderstoodMessage message) =>
        message.Normalized.Split(' ').Where(_vocabulary.IsPersonNoun).Any(noun => !_groupNouns.Contains(noun));

    /// <summary>A "vice president" is not the president: a role with a modifier the question lacks does not fit.</summary>
    internal static bool HasModifierBeyond(IReadOnlySet<string> roleTerms, IReadOnlyList<string> asked) =>
        Modifiers.Any(m => roleTerms.Contains(m) && !asked.Contains(m));

    [GeneratedRegex(@"^(who|whom) (is|was|are|were) the ([a-z'-]+ ){1,3}?(?<verb>running|leading|heading|handling|commanding|directing|overseeing) the ")]
    private static partial Regex RoleParticiple();


    [GeneratedRegex(@"^(who|whom) (is|was|are|were) (the|a|an|their|its) ")]
    private static partial Regex RoleQuestion();
}
