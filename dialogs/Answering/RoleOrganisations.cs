using System.Text.RegularExpressions;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Extraction;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// Whether a person's role belongs to the organisations (or the country) a role question names: "who is the chair of
/// the Harbour Board" is answered only by someone tied to that board, whose role names it, or who comes from its country.
/// </summary>
public sealed partial class RoleOrganisations
{
    private readonly Vocabulary _vocabulary;
    private readonly RoleEvidence _evidence;

    /// <summary>Creates the check.</summary>
    public RoleOrganisations(Vocabulary vocabulary, RoleEvidence evidence)
    {
        _vocabulary = vocabulary;
        _evidence = evidence;
    }

    /// <summary>
    /// True when every entity the question names is one the person's role belongs to, or one the words of its "in the …
    /// case" phrase (<paramref name="story"/>) name (<see cref="RoleEvidence.IsNamedInStory"/>: "the Tarnia ferry case").
    /// </summary>
    public bool Fit(Entity person, UnderstoodMessage message, IReadOnlySet<string> story) =>
        message.Entities.All(m => _evidence.IsNamedInStory(person, m, story) || Fit(person, message, m.Entity));

    private bool Fit(Entity person, UnderstoodMessage message, Entity o) =>
        person.RelatedEntityIds.Contains(o.Id)
            || RoleEvidence.NamesOrganisation(person, o)
            || RoleNamesOrganisation(person, message.Terms, o)
            || (o.Kind == EntityKind.Place && _evidence.IsOfCountry(person, Gazetteer.Default.Find(o.Name) ?? new GazetteerPlace(o.Name, o.Aliases, Array.Empty<string>())));

    /// <summary>
    /// "The committee chairwoman" of an article's "Joint Committee …": the role's other words name the organisation, or
    /// the role names none and the person belongs to no other (no "head of the Tarnby Fraud Office" describes them);
    /// either way only within one article.
    /// </summary>
    private bool RoleNamesOrganisation(Entity person, IReadOnlyList<string> asked, Entity organisation)
    {
        if (!person.ArticleIds.Intersect(organisation.ArticleIds).Any()) return false;
        // The role's words the question asks for, directly or by a synonym ("chair" for "chairman"), name no owner.
        var askedWords = asked.SelectMany(t => _vocabulary.Expand(t)).ToHashSet();
        var owner = TermAnalyzer.Terms(string.Join(' ', person.Roles)).Where(t => !askedWords.Contains(t)).Except(RoleAnswerer.Modifiers).ToList();
        var named = TermAnalyzer.Terms(string.Join(' ', organisation.Aliases.Append(organisation.Name))).ToHashSet();
        return owner.Count > 0 ? owner.All(named.Contains) : person.RelatedEntityIds.Count == 0 && !person.Descriptions.Any(d => OfNamedBody().IsMatch(d));
    }

    [GeneratedRegex(@"\bof (?:the )?\p{Lu}")]
    private static partial Regex OfNamedBody();
}
