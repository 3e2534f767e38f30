using BriefingBot.Knowledge.Model;

namespace BriefingBot.Knowledge.Extraction;

/// <summary>
/// Resolves pronouns, precision first. he/she/him/his/her: the nearest person in the last two paragraphs, none after a
/// pronoun of the other gender in the same sentence ("She said he would…"), none after an unnamed person the sentence
/// describes ("a stoker who hurt his back") or introduces with nobody named before ("a retired nurse told reporters she …").
/// it/its/they/their opening a sentence (after a leading adverbial, outside quotes): the subject of the sentence before,
/// when that is an organisation or a vessel (they/their: an organisation); "It is unclear whether…" is not a reference.
/// its, and "it" opening a clause (", and it", "; it"): the only organisation or vessel named earlier in the sentence
/// (a name not as a possessive or a qualifier of a title; resolved references count), when no unresolved description
/// ("the operator's") stands before it.
/// </summary>
public sealed class PronounResolver
{
    private static readonly HashSet<string> Personal = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "him", "his", "her" };
    private static readonly HashSet<string> Impersonal = new(StringComparer.OrdinalIgnoreCase) { "it", "its", "they", "their" };
    private static readonly HashSet<string> Expletive = new(StringComparer.OrdinalIgnoreCase) { "that", "whether", "to", "if", "how", "why", "when", "unclear", "clear", "likely", "unlikely", "possible", "time", "too" };
    private readonly Func<int, Entity?> _entity;
    private readonly FactExtractor _facts;

    /// <summary>Creates the resolver; <paramref name="entity"/> looks entities up by id.</summary>
    public PronounResolver(Func<int, Entity?> entity) { _entity = entity; _facts = new FactExtractor(entity); }

    /// <summary>The pronoun's entity, or null; earlier pronouns of the sentence must already be linked.</summary>
    public Entity? Resolve(IReadOnlyList<SentenceContext> sentences, int index, Token pronoun)
    {
        if (Personal.Contains(pronoun.Text)) return OtherGenderBefore(sentences[index].Tokens, pronoun) || UnnamedPersonBefore(sentences[index], pronoun) || IntroducedPersonBefore(sentences[index], pronoun) ? null : LastPerson(sentences, index, pronoun.Start);
        if (!Impersonal.Contains(pronoun.Text) || QuoteSpans.Inside(QuoteSpans.Find(sentences[index].Text), pronoun.Start)) return null;
        var tokens = sentences[index].Tokens;
        var plural = pronoun.Lower is "they" or "their";
        if (pronoun.Index == ClauseParts.AfterLeadingAdverbial(tokens, 0, tokens.Count))
        {
            return IsExpletive(tokens, pronoun.Index) || index == 0 ? null : Fitting(PreviousSubject(sentences[index - 1]), plural);
        }

        var opensClause = pronoun.Index >= 2 && (tokens[pronoun.Index - 1].Text == ";" || (tokens[pronoun.Index - 1].Lower is "and" or "but" && tokens[pronoun.Index - 2].Text == ","));
        if (plural || (pronoun.Lower == "it" && !opensClause)) return null;
        if (DescriptionReferences.Find(tokens, []).Any(r => r.Last.Index < pronoun.Index && !sentences[index].Mentions.Any(m => m.Start == r.First.Start))) return null;
        var named = sentences[index].Mentions.Where(m => m.Start < pronoun.Start && (m.IsResolvedReference || NominalMentions.IsNominal(tokens, m))).Select(m => Fitting(_entity(m.EntityId), false)).OfType<Entity>().DistinctBy(e => e.Id).ToList();
        return named.Count == 1 ? named[0] : null;
    }

    /// <summary>The entity heading the subject of the sentence's first fact ("The Liberian-flagged X", not "Workers at X").</summary>
    private Entity? PreviousSubject(SentenceContext previous)
    {
        if (previous.IsHeadline || _facts.Extract(previous).FirstOrDefault() is not { SubjectEntityId: { } id } fact) return null;
        var start = previous.Text.IndexOf(fact.Subject, StringComparison.Ordinal);
        var mention = previous.Mentions.FirstOrDefault(m => m.EntityId == id && m.Start >= start);
        if (start < 0 || mention is null) return null;
        var before = previous.Tokens.Where(t => t.Start >= start && t.Start < mention.Start);
        return before.All(t => t.IsCapitalized || t.Lower is "the" or "a" or "an") ? _entity(id) : null;
    }

    private static Entity? Fitting(Entity? entity, bool plural) =>
        entity?.Kind is EntityKind.Organization || (!plural && entity?.Kind is EntityKind.Vessel) ? entity : null;

    private static bool IsExpletive(IReadOnlyList<Token> tokens, int it) =>
        tokens[it].Lower == "it" && tokens.Skip(it + 1).Take(4).Any(t => Expletive.Contains(t.Text)) && tokens.Skip(it + 1).Take(1).Any(t => t.Lower is "is" or "was" or "'s" or "seems" or "seemed" or "appears" or "remains" or "will" or "would" or "may" or "might");

    /// <summary>"She said he would…": a pronoun of the other gender earlier in the sentence means someone else, of unknown name.</summary>
    private static bool OtherGenderBefore(IReadOnlyList<Token> tokens, Token pronoun)
    {
        var male = pronoun.Lower is "he" or "him" or "his";
        return tokens.Take(pronoun.Index).Any(t => Personal.Contains(t.Text) && (t.Lower is "he" or "him" or "his") != male);
    }

    /// <summary>
    /// "A 30-year-old stoker who hurt his back": a pronoun after "who" set beside a plain noun, with nobody named
    /// between, is that unnamed person, not the last one named ("Roe, who hurt his back" is still Roe).
    /// </summary>
    private static bool UnnamedPersonBefore(SentenceContext sentence, Token pronoun)
    {
        var tokens = sentence.Tokens;
        var who = tokens.Take(pronoun.Index).LastOrDefault(t => t.Lower == "who");
        if (who is null || who.Index == 0 || !char.IsLower(tokens[who.Index - 1].Text[0])) return false;
        return !sentence.Mentions.Any(m => m.Start + m.Surface.Length > tokens[who.Index - 1].Start && m.Start < pronoun.Start);
    }

    /// <summary>
    /// "Last week, a retired nurse told reporters she had …": a pronoun after a person the sentence introduces as "a …
    /// nurse", with nobody named before it in the sentence, is that unnamed person ("Holm, a retired nurse, said he" is
    /// still Holm).
    /// </summary>
    private static bool IntroducedPersonBefore(SentenceContext sentence, Token pronoun)
    {
        var tokens = sentence.Tokens;
        if (sentence.Mentions.Any(m => m.Start < pronoun.Start)) return false;
        for (var i = 0; i < pronoun.Index; i++)
        {
            if (tokens[i].Lower is not ("a" or "an")) continue;
            var phrase = tokens.Skip(i + 1).Take(4).TakeWhile(t => t.IsWord && t.Index < pronoun.Index).ToList();
            if (phrase.Any(t => PersonNouns.IsPersonNoun(t.Lower))) return true;
        }

        return false;
    }

    private Entity? LastPerson(IReadOnlyList<SentenceContext> sentences, int index, int before)
    {
        var paragraph = sentences[index].Sentence.Paragraph;
        for (var i = index; i >= 0 && paragraph - sentences[i].Sentence.Paragraph <= 2; i--)
        {
            foreach (var mention in sentences[i].Mentions.Where(m => i < index || m.Start < before).Reverse())
            {
                if (_entity(mention.EntityId) is { Kind: EntityKind.Person } person) return person;
            }
        }

        return null;
    }
}
