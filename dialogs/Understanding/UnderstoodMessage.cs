using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>What a message asks for before any dialog looks at it.</summary>
public enum Intent { Empty, Greeting, Thanks, Help, Topics, Summary, Acronym, Profile, Question }

/// <summary>The kind of thing a question wants back.</summary>
public enum AnswerKind { Any, Person, Organization, Place, Date, Number, Duration, Reason, Quote, Definition, Entity, Thing, Nationality }

/// <summary>A message as the dialogs see it: intent, expected answer, entities and terms.</summary>
public sealed record UnderstoodMessage(string Original, string Normalized, Intent Intent)
{
    /// <summary>What the answer should be.</summary>
    public AnswerKind Expected { get; init; } = AnswerKind.Any;
    /// <summary>Entities named in the message.</summary>
    public IReadOnlyList<EntityMatch> Entities { get; init; } = Array.Empty<EntityMatch>();
    /// <summary>Entities the message refers to without naming them (pronouns, follow-ups), from the conversation.</summary>
    public IReadOnlyList<int> ReferencedEntityIds { get; init; } = Array.Empty<int>();
    /// <summary>True when the message says "it" before the conversation has answered or named anything "it" could be.</summary>
    public bool SaysItAboutNothing { get; init; }
    /// <summary>Analysed content terms that are not part of an entity name.</summary>
    public IReadOnlyList<string> Terms { get; init; } = Array.Empty<string>();
    /// <summary>Terms of a why-question's time clause ("after the flood") or a noun framing the story ("in the czech case", <see cref="FramingNouns"/>): they set the scene, the cited sentence need not hold them.</summary>
    public IReadOnlyList<string> ContextTerms { get; init; } = Array.Empty<string>();
    /// <summary>Content terms the articles never use, even through a synonym: a sign the briefing does not cover the question.</summary>
    public IReadOnlyList<string> UncoveredTerms { get; init; } = Array.Empty<string>();
    /// <summary>The verb meaning asked about (a synonym group's first word: "warn", "begin"), if any.</summary>
    public string? VerbMeaning { get; init; }
    /// <summary>The subject captured by a profile or acronym pattern ("jane roe").</summary>
    public string? Subject { get; init; }
    /// <summary>The analysed verb a who-question asks about ("who won …" → "win"): the cited sentence must have it.</summary>
    public string? MainVerb { get; init; }
    /// <summary>Dates the question names ("in March"): the cited sentence must speak of an overlapping time.</summary>
    public IReadOnlyList<TimeExpression> Times { get; init; } = Array.Empty<TimeExpression>();
    /// <summary>Numbers the question names ("38 countries"): the cited sentence must hold the same value.</summary>
    public IReadOnlyList<Quantity> Numbers { get; init; } = Array.Empty<Quantity>();
    /// <summary>The message as said, normalised, when it was elliptical and is understood as a rewritten question ("and in euros"), else null.</summary>
    public string? SaidElliptically { get; init; }
    /// <summary>The noun after "which"/"how many" ("agency", "countries"), analysed.</summary>
    public string? HeadNoun { get; init; }

    /// <summary>True for a question answered yes or no ("did the council pay the fee"): the cited sentence must settle it.</summary>
    public bool AsksYesNo { get; init; }

    /// <summary>True when the question's words may be met through WordNet's synonyms: a typed answer or a yes or no must still be found beside them.</summary>
    public bool WidensWords => WantsTypedAnswer || AsksYesNo;

    /// <summary>True when the answer is a typed fact (a person, a date, a number…) that the cited sentence must hold.</summary>
    public bool WantsTypedAnswer => Expected is AnswerKind.Person or AnswerKind.Organization or AnswerKind.Place or AnswerKind.Date
        or AnswerKind.Number or AnswerKind.Duration or AnswerKind.Entity or AnswerKind.Thing or AnswerKind.Nationality;

    /// <summary>Every entity the message is about: named first, then referred to.</summary>
    public IEnumerable<int> AllEntityIds => Entities.Select(e => e.Entity.Id).Concat(ReferencedEntityIds).Distinct();
}
