using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Extraction;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// Whether a person holds the role a "who" question asks for by a verb (<see cref="RoleVerbs"/>): "who is in charge of
/// the agency" is a person whose role leads and is tied to the agency (or whose role or ties have the question's other
/// words: "the counter-fraud directorate" for a "Directorate for Counter-Fraud"); "who represents the welder" is a lawyer
/// described as the welder's ("the welder's lawyer").
/// </summary>
public sealed class RoleByVerb
{
    private readonly Knowledge.Query.IBriefingKnowledge _knowledge;
    private readonly Vocabulary _vocabulary;
    private readonly RoleEvidence _evidence;
    private readonly Dictionary<int, HashSet<string>> _roleTerms;

    /// <summary>Creates the check; each person's role words are collected once.</summary>
    public RoleByVerb(Knowledge.Query.IBriefingKnowledge knowledge, Vocabulary vocabulary, RoleEvidence evidence)
    {
        _knowledge = knowledge;
        _vocabulary = vocabulary;
        _evidence = evidence;
        _roleTerms = knowledge.Entities.Where(e => e.Kind == EntityKind.Person)
            .ToDictionary(e => e.Id, e => TermAnalyzer.Terms(string.Join(' ', e.Roles.Concat(e.Descriptions))).ToHashSet());
    }

    /// <summary>
    /// Null when the person does not hold the role asked; else how many named places only their article's headline ties
    /// them to, or words of "in the … case" only their article's headline or lede says ("who represents the suspect in
    /// the harbour fraud case": "The suspect's lawyer, NAME" in the story of a harbour fraud).
    /// </summary>
    public int? Fit(Entity person, UnderstoodMessage message, AskedRole asked, RoleQuestionWords words)
    {
        var roleTerms = _roleTerms[person.Id];
        if (RoleAnswerer.HasModifierBeyond(roleTerms, message.Terms)) return null;
        if (asked.Leads ? !roleTerms.Any(IsLead) : !asked.RoleStems.Any(roleTerms.Contains)) return null;
        var others = message.Terms.Except(asked.PhraseStems).Where(t => !(asked.Leads && IsLead(t))).ToList();
        if (others.Count + message.Entities.Count == 0) return null;
        var notOwn = others.Where(t => !_vocabulary.Expand(t).Any(s => _evidence.IsTiedTo(person, s))).ToList();
        // Words said only of the client when introduced tie the lawyer more weakly than the lawyer's own words.
        var ofStory = words.Story.Any(t => _evidence.IsStoryOf(person, t));
        var ofClient = ofStory ? notOwn.Count(t => IntroducesTheirClient(person, asked, t)) : 0;
        var untied = notOwn.Where(t => !ofStory || !IntroducesTheirClient(person, asked, t)).ToList();
        var topic = RoleVerbs.IsSpokesperson(asked) ? RoleVerbs.Topic(message.Normalized) : new HashSet<string>();
        var ofBody = OfTheirBody(person, asked, untied);
        if (!ofBody && !untied.All(t => OfTheirStory(person, t, words) || OfTheirCountry(person, t, words) || topic.Contains(t))) return null;
        var weak = untied.Count(t => !RoleQuestionWords.IsStoryNoun(t)) + ofClient;
        var tied = ofBody || others.Count > untied.Count || (asked.HeldOverTheCase && words.Story.Count > 0);
        foreach (var match in message.Entities)
        {
            var entity = match.Entity;
            // An "in the … case" phrase, unlike an "of the …" one, surely names a story: one named only in the person's article will do.
            if (_evidence.IsNamedInStory(person, match, words.Story, orNamedOnlyThere: true)) { weak++; continue; }
            if (person.RelatedEntityIds.Contains(entity.Id) || RoleEvidence.NamesOrganisation(person, entity)) { tied = true; continue; }
            if (entity.Kind == EntityKind.Person && DescribedAsTheirs(roleTerms, asked, entity)) { tied = true; continue; }
            if (entity.Kind == EntityKind.Place && TermAnalyzer.Terms(entity.Name).ToList() is { Count: > 0 } place && place.All(t => OfTheirStory(person, t, words))) { weak++; continue; }
            if (entity.Kind != EntityKind.Place || !_evidence.IsOfCountry(person, Gazetteer.Default.Find(entity.Name) ?? new GazetteerPlace(entity.Name, entity.Aliases, Array.Empty<string>()))) return null;
            weak++;
        }

        // The words of the story frame the question; the person must still be tied to something of their own ("the suspect's lawyer").
        return untied.Count == 0 || tied ? weak : null;
    }

    /// <summary>
    /// "Who commands the harbour flotilla" of a commander of the Tarnby Squadron whose article's headline or lede calls it
    /// "the harbour flotilla": a leader tied to a group, the words of what they are asked to lead all said of their story.
    /// </summary>
    private bool OfTheirBody(Entity person, AskedRole asked, IReadOnlyList<string> untied) =>
        asked.Leads && untied.Count > 0 && untied.All(t => _evidence.IsStoryOf(person, t))
        && person.RelatedEntityIds.Select(_knowledge.Entity).Any(e => e.Kind is EntityKind.Organization or EntityKind.Other);

    /// <summary>A word of the question's "in the … case" phrase that the person's article is about, or the story noun itself.</summary>
    private bool OfTheirStory(Entity person, string term, RoleQuestionWords words) =>
        (RoleQuestionWords.IsStoryNoun(term) && words.Story.Count > 0) || (words.Story.Contains(term) && _evidence.IsStoryOf(person, term));

    /// <summary>"Who chairs the Ruritanian harbour board": a nationality of the question is the person's country.</summary>
    private bool OfTheirCountry(Entity person, string term, RoleQuestionWords words) =>
        words.Nationalities.TryGetValue(term, out var country) && _evidence.IsOfCountry(person, country);

    /// <summary>
    /// "Who represents the welder": "Roe's lawyer, NAME" for Roe, whom the article introduces as a welder ("the second
    /// suspect, a 40-year-old welder identified as Roe"): a word of the sentence introducing the person the lawyer is tied to,
    /// used only when the question's "in the … case" words are the lawyer's story (a welder may be the client of many).
    /// </summary>
    private bool IntroducesTheirClient(Entity person, AskedRole asked, string term) =>
        !asked.Leads && asked.RoleStems.SequenceEqual(RoleVerbs.LawyerStems)
        && person.RelatedEntityIds.Select(_knowledge.Entity).Any(e => e.Kind == EntityKind.Person && _evidence.IsIntroducedWith(e, term));

    private bool IsLead(string stem) => _vocabulary.Meaning(stem) == "lead" || RoleVerbs.IsLeadingOffice(stem);

    /// <summary>"The welder's lawyer" for the welder: the role's other words all describe the person asked about.</summary>
    private static bool DescribedAsTheirs(HashSet<string> roleTerms, AskedRole asked, Entity client)
    {
        var owner = roleTerms.Except(asked.RoleStems).ToList();
        var described = TermAnalyzer.Terms(string.Join(' ', client.Roles.Concat(client.Descriptions).Append(client.Name))).ToHashSet();
        return owner.Count > 0 && owner.All(described.Contains);
    }
}
