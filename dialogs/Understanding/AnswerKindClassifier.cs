using System.Text.RegularExpressions;
using BriefingBot.Knowledge.Extraction;
using BriefingBot.Knowledge.Text;
using static BriefingBot.Dialogs.Understanding.AnswerKindPatterns;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>Tells from a question's wording what kind of answer it wants, and the noun it counts or picks.</summary>
public static class AnswerKindClassifier
{
    /// <summary>The expected answer kind and the head noun after "which", "what" or "how many", if any.</summary>
    public static (AnswerKind Kind, string? HeadNoun) Classify(string normalized)
    {
        normalized = LeadingPreposition().Replace(LeadingConjunction().Replace(normalized, ""), "");
        if (Quote().IsMatch(normalized)) return (AnswerKind.Quote, null);
        if (NameOf().IsMatch(normalized)) return (NamedKind(normalized), null);
        if (HowMuchTime().IsMatch(normalized)) return (AnswerKind.Duration, null);
        var howMany = HowMany().Match(normalized);
        if (howMany.Success) return (AnswerKind.Number, PluralAfter(normalized, howMany.Groups["noun"]) ?? howMany.Groups["noun"].Value);
        if (HowManyInPlace().Match(normalized) is { Success: true } inPlace) return (AnswerKind.Number, inPlace.Groups["noun"].Value);
        if (Nationality().Match(normalized) is { Success: true } nationality) return (AnswerKind.Nationality, nationality.Groups["noun"].Value);
        if (PriceFetched().IsMatch(normalized)) return (AnswerKind.Number, null);
        if (Speed().IsMatch(normalized)) return (AnswerKind.Number, null);
        if (normalized.StartsWith("how long", StringComparison.Ordinal) || HowSoon().IsMatch(normalized)) return (AnswerKind.Duration, null);
        if (HowBig().IsMatch(normalized) || AsksAge(normalized)) return (AnswerKind.Number, null);
        if (When().IsMatch(normalized)) return (AnswerKind.Date, null);
        if (normalized.StartsWith("where", StringComparison.Ordinal)) return (AnswerKind.Place, null);
        if (Why().IsMatch(normalized)) return (AnswerKind.Reason, null);
        var which = Which().Match(normalized);
        if (which.Success && HeadNoun(which) is { } head) return (HeadNouns.NamesKind(head) ? HeadNouns.KindOf(head) : AnswerKind.Person, head);
        if (Who().IsMatch(normalized)) return (AnswerKind.Person, null);
        return (AnswerKind.Any, which.Success ? which.Groups["noun"].Value : null);
    }

    /// <summary>True for "which detective …", "which officers …": a noun for a person, not a kind noun, made the question ask for a person.</summary>
    public static bool AsksPersonByNoun(string normalized) =>
        Classify(normalized) is (AnswerKind.Person, { } head) && !HeadNouns.NamesKind(head) && HeadNouns.NamesPerson(head);

    /// <summary>
    /// "How many forged permits", "how many mobile radar units": the counted noun is the plural that ends the words after
    /// "how many" (within three words, before a function word), not the modifier before it.
    /// </summary>
    /// <summary>"How many defence workers": the word before the counted plural ("defence"), which a count may name instead ("30 defence employees").</summary>
    public static string? CountedModifier(string normalized) =>
        HowMany().Match(normalized) is { Success: true } howMany && PluralAfter(normalized, howMany.Groups["noun"]) is not null ? howMany.Groups["noun"].Value : null;

    private static string? PluralAfter(string normalized, Group noun)
    {
        if (!normalized.StartsWith("how many ", StringComparison.Ordinal) || noun.Length == 0 || QuantityWords.IsPlural(noun.Value)) return null;
        var words = normalized[(noun.Index + noun.Length)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2).TakeWhile(w => !StopWords.Contains(w)).ToList();
        return words.FirstOrDefault(QuantityWords.IsPlural);
    }

    /// <summary>"What is the consulting firm called", "what is the firm's name": the noun before "called" (or the owner of
    /// "name"), or an organisation noun after "name of" ("the name of the import firm"), says what kind of name is wanted; else any entity.</summary>
    private static AnswerKind NamedKind(string normalized)
    {
        var words = normalized.Split(' ');
        var noun = words.Length >= 2 && words[^1] is "called" or "named" ? words[^2] : NameOwner(words);
        // "The name of the timber trading firm" asks an organisation's name: its owner is no answer.
        if (noun is null && NamesOfNoun().Match(normalized) is { Success: true } named && HeadNouns.TryGetKind(named.Groups["words"].Value.Split(' ')[^1], out var of) && of == AnswerKind.Organization) return of;
        return noun is not null && HeadNouns.TryGetKind(noun, out var kind) && kind is not (AnswerKind.Date or AnswerKind.Number) ? kind : AnswerKind.Entity;
    }


    /// <summary>"What are the names of the two firms", "what is the firm's name": the noun whose names are asked ("firms", "firm"), or null.</summary>
    public static string? NamedNoun(string normalized) =>
        !NameOf().IsMatch(normalized) ? null
        : NamesOfNoun().Match(normalized) is { Success: true } match ? match.Groups["words"].Value.Split(' ')[^1]
        : NameOwner(normalized.Split(' '));

    /// <summary>"firm" of "… the firm's name", or null.</summary>
    private static string? NameOwner(string[] words) =>
        words.Length >= 2 && words[^1] is "name" or "names" && words[^2].EndsWith("'s", StringComparison.Ordinal) ? words[^2][..^2] : null;

    /// <summary>
    /// The words before the kind noun a "which" or "names of" question asks for ("which supply vessel" → "supply", "the name
    /// of the river boat" → "river"); none when the noun stands alone or names no kind.
    /// </summary>
    public static IReadOnlyList<string> KindNounModifiers(string normalized)
    {
        normalized = LeadingPreposition().Replace(LeadingConjunction().Replace(normalized, ""), "");
        var words = NameOf().IsMatch(normalized) && NamesOfNoun().Match(normalized) is { Success: true } named ? named.Groups["words"].Value.Split(' ')
            : Which().Match(normalized) is { Success: true } which && which.Groups["next"].Success ? new[] { which.Groups["noun"].Value, which.Groups["next"].Value }
            : Array.Empty<string>();
        var noun = Array.FindIndex(words, HeadNouns.NamesKind);
        return noun > 0 ? words[..noun] : Array.Empty<string>();
    }

    /// <summary>
    /// The first of the two words after "which" that names a kind ("which news agency" → "agency"); a noun for a person
    /// only when the other names no kind ("which student group" → "group").
    /// </summary>
    private static string? HeadNoun(Match which)
    {
        var (first, next) = (which.Groups["noun"].Value, which.Groups["next"].Value);
        if (HeadNouns.NamesKind(first)) return first;
        if (HeadNouns.NamesKind(next)) return next;
        return HeadNouns.NamesPerson(first) ? first : HeadNouns.NamesPerson(next) ? next : null;
    }

    /// <summary>
    /// The verb a question asks about: right after "who" ("who won the election" → "won", "who was driving" → "driving",
    /// "who was arrested" → "arrested", "who got arrested" → "arrested"), after "how many … were" ("how many rounds were seized" → "seized"), after "which X (had)" ("which firm had hired" → "hired"), ending "what did X …" ("what did the camera record"),
    /// or before the object ending it ("what did the flood cost the town" → "cost"), or before a preposition ("what did police take from the
    /// harbour suspects" → "take", "what did the judge decide about the skipper" → "decide", never the last word "suspects");
    /// null when another auxiliary follows "who" or the last word is a particle, a general verb or a reflexive pronoun
    /// ("what did the clerk keep for himself" → "keep"); a last word after a preposition is its object, not the verb
    /// ("what did the divers find on the boat" → "find", "what did the scanner turn up in august" → null). After "where did he"
    /// ("where did he study design" → "study"), but not a verb of being somewhere or of putting or moving a thing
    /// ("where does she work", "where did they hide it"), whose place an article tells in many other words.
    /// </summary>
    public static string? MainVerb(string normalized)
    {
        var match = MainVerbPattern().Match(normalized);
        return match.Success ? match.Groups["verb"].Value : null;
    }

    /// <summary>True when the question asks for more than one ("which groups", "in which towns", "who are both").</summary>
    public static bool IsPlural(string normalized) => Plural().IsMatch(LeadingPreposition().Replace(LeadingConjunction().Replace(normalized, ""), ""));

    /// <summary>The dimension of "how big / deep / far / fast …" ("deep"), or null when the question asks for no measure.</summary>
    public static string? AskedDimension(string normalized) =>
        Speed().IsMatch(normalized) ? "fast" : HowBig().Match(normalized) is { Success: true } match ? match.Groups[1].Value : null;

    /// <summary>True for a question opening with an auxiliary ("did the council pay …", "is the clerk going to …"): a yes or no.</summary>
    public static bool AsksYesNo(string normalized) => YesNo().IsMatch(normalized);
    /// <summary>
    /// The words of the thing "how long is/was the …" asks about ("how long is the old canal at Brill" → "old", "canal"): it may
    /// ask a length, not a duration; empty for any other question.
    /// </summary>
    public static IReadOnlyList<string> AsksLengthOf(string normalized) =>
        LengthOf().Match(normalized) is { Success: true } match ? match.Groups["words"].Value.Split(' ') : Array.Empty<string>();

    /// <summary>True for "how old …" / "what age …": only an age ("a 27-year-old") answers it.</summary>
    public static bool AsksAge(string normalized) => Age().IsMatch(normalized);
}
