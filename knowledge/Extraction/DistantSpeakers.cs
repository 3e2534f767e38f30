using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Knowledge.Extraction;

/// <summary>
/// Speakers that stand away from their reporting verb: the name an apposition describes ("Jane Roe, a researcher at
/// the Delta Institute (DI), said" is Jane Roe's, not the institute's), the subject of a first verb ("Jane Roe thanked
/// the crew and said"), and a name after a role when the order is inverted ("…, said its director, Jane Roe.",
/// "…, said DI Director Jane Roe.").
/// </summary>
public static class DistantSpeakers
{
    private const int ApposedReach = 30;
    private const int InvertedReach = 8;
    private const int PartLength = 20;
    private static readonly HashSet<string> OpeningConjunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "after", "when", "while", "before", "as", "if", "since", "although", "though", "because", "once", "until",
        "in", "on", "at", "for", "with", "by", "from", "during", "despite", "but", "and", "meanwhile", "separately",
    };

    /// <summary>
    /// The sentence's subject an apposition closed by the comma at <paramref name="comma"/> describes, nearest first; each
    /// comma-separated part of the apposition must read as a description, not as a clause ("…, has nine ships").
    /// </summary>
    public static Mention? ApposedHead(SentenceContext sentence, int comma, Func<int, Entity?> entity)
    {
        var tokens = sentence.Tokens;
        var partEnd = comma;
        for (var j = comma - 1; j > 0 && comma - j <= ApposedReach; j--)
        {
            if (tokens[j].Text == ")") { j = SpeakerFinder.OpeningBracket(tokens, j); continue; }
            if (tokens[j].Text == "\"") return null;
            if (tokens[j].Text != ",") continue;
            if (partEnd - j - 1 > PartLength || SpeakerFinder.IsAuxiliary(tokens[j + 1])) return null;
            partEnd = j;
            var end = tokens[j - 1].Text == ")" ? SpeakerFinder.OpeningBracket(tokens, j - 1) - 1 : j - 1;
            if (SpeakerFinder.EndingAt(sentence, end, entity) is { } head && IsSentenceSubject(sentence, head)) return head;
        }

        return null;
    }

    /// <summary>"Jane Roe thanked the crew and said …": the sentence's subject, for a verb after "and".</summary>
    public static Mention? SubjectBeforeAnd(SentenceContext sentence, int and, Func<int, Entity?> entity)
    {
        if (and <= 0 || sentence.Tokens[and].Lower != "and") return null;
        var andStart = sentence.Tokens[and].Start;
        return sentence.Mentions.Where(m => m.Start < andStart && IsSpeaker(entity(m.EntityId)) && !IsModifier(sentence, m))
            .OrderBy(m => m.Start).FirstOrDefault(m => IsSentenceSubject(sentence, m));
    }

    /// <summary>"…, said its commander, Rear Admiral Jane Roe." / "…, said DI Director Jane Roe.": a person's name ending the clause after a few role words.</summary>
    public static Mention? AfterRole(SentenceContext sentence, int verb, Func<int, Entity?> entity)
    {
        var tokens = sentence.Tokens;
        if (verb == 0 || tokens[verb - 1].Text is not ("," or "\"")) return null;
        var commas = 0;
        for (var k = verb + 1; k < tokens.Count && k - verb <= InvertedReach; k++)
        {
            var token = tokens[k];
            if (token.Text is "." or ";" or "!" or "?" or "\"" || (token.Text == "," && ++commas > 1)) return null;
            if (token.IsWord && !token.IsCapitalized && (SpeakerFinder.IsAuxiliary(token) || token.Lower.EndsWith("ed"))) return null;
            var name = sentence.Mentions.Where(m => m.Start == token.Start && !m.IsResolvedReference && entity(m.EntityId)?.Kind == EntityKind.Person).MaxBy(m => m.Surface.Length);
            if (name is null) continue;
            var rest = tokens.Where(t => t.Start >= name.Start + name.Surface.Length).ToList();
            if (rest.Count == 0 || rest[0].Text is "." or ";" or "!" or "?") return name;
            // "…, said its commander, Jane Roe, a naval officer." — but not "…, said her client, Jane Roe, was innocent."
            return rest[0].Text == "," && !rest.Any(t => t.IsWord && !t.IsCapitalized && (SpeakerFinder.IsAuxiliary(t) || t.Lower.EndsWith("ed"))) ? name : null;
        }

        return null;
    }

    /// <summary>
    /// True when only the words of a name's titles and roles come before the mention in its sentence (after any quote):
    /// "Dr. Jane Roe", "The Warsaw-based Delta Corp", "Delta Corp's lawyer, Jane Roe" — not "a researcher at Delta Corp"
    /// or "After Delta Corp stopped paying".
    /// </summary>
    private static bool IsSentenceSubject(SentenceContext sentence, Mention mention)
    {
        var before = sentence.Tokens.Where(t => t.End <= mention.Start).ToList();
        var quote = before.FindLastIndex(t => t.Text == "\"");
        var words = before.Skip(quote + 1).ToList();
        if (words.Count > 0 && OpeningConjunctions.Contains(words[0].Lower)) return false;
        var possessive = words.Any(IsPossessive);
        return words.All(t => !t.IsWord ? t.Text is "." or "," or "-"
            : t.IsCapitalized || t.Lower == "the" || IsPossessive(t) || Lexicon.IsTitleWord(t.Lower) || (possessive && !StopWords.Contains(t.Lower) && !t.Lower.EndsWith("ed")));
    }

    /// <summary>"Delta Corp's lawyer", "his lawyer", "DI Director Jane Roe", "Delta Corp chief executive Jane Roe": the mention only qualifies the words after it.</summary>
    private static bool IsModifier(SentenceContext sentence, Mention mention)
    {
        var end = mention.Start + mention.Surface.Length;
        var last = sentence.Tokens.LastOrDefault(t => t.Start < end);
        var next = sentence.Tokens.FirstOrDefault(t => t.Start >= end);
        return last is null || IsPossessive(last) || (next is not null && (next.IsCapitalized || Lexicon.IsTitleWord(next.Lower)));
    }

    private static bool IsPossessive(Token token) => token.IsPossessive || token.Lower is "his" or "her" or "its" or "their";

    private static bool IsSpeaker(Entity? entity) => entity is not null && entity.Kind != EntityKind.Place;
}
