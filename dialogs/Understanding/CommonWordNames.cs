using System.Text.RegularExpressions;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>
/// Drops a one-word name that is also a common word when a lowercase question uses it as that word: a name the
/// articles also write in lowercase ("Guards" from a sentence's first word, "the guards" elsewhere), or a common
/// English word right after another name ("when did the guild split from the union" means no town called Split).
/// "The judge in split" (after a preposition, not a name) keeps the town. A lowercase word that is one of a name's
/// capital-letter abbreviations reads as the ordinary word when the articles write it in lowercase: "why didn't they act
/// on it" names no "ACT"; "the ncib" still names the NCIB. A common English word matched to a name by a typo is the
/// word ("the handover" names no town "Handovre"; see <see cref="EnglishWords"/>). A one-word name of no person, group or place
/// that is a common English word ("Category" of "Category 2", a lone "Centre") is the word: "rated as category 2" asks
/// about no thing of that name. "The us official" names the US (<see cref="WithTitledAbbreviations"/>).
/// </summary>
public sealed partial class CommonWordNames
{
    private readonly WordNetSynonyms _wordNet;
    private readonly EnglishWords _englishWords;
    private readonly Lazy<HashSet<string>> _lowercaseInArticles;
    private readonly Lazy<HashSet<string>> _abbreviations;

    /// <summary>Creates the filter; common English words are WordNet's headwords, the articles' lowercase words are collected once, on first use.</summary>
    public CommonWordNames(IBriefingKnowledge knowledge, WordNetSynonyms wordNet, EnglishWords englishWords)
    {
        _wordNet = wordNet;
        _englishWords = englishWords;
        _lowercaseInArticles = new(() => LowercaseWords(knowledge));
        _abbreviations = new(() => knowledge.Entities.SelectMany(e => e.Aliases).Where(a => a.Length > 1 && a.All(char.IsUpper)).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>
    /// The text with a lowercase abbreviation between "the" and a person noun written in capitals: "the us official" is
    /// "the US official", whose the official is, though "us" is otherwise a pronoun ("tell us", "for us" stay as written).
    /// </summary>
    public string WithTitledAbbreviations(string text) =>
        TitledAbbreviation().Replace(text, m => _abbreviations.Value.Contains(m.Groups[1].Value.ToUpperInvariant())
            && Knowledge.Extraction.PersonNouns.IsPersonNoun(m.Groups[2].Value.ToLowerInvariant().TrimEnd('s'))
            ? m.Groups[1].Value.ToUpperInvariant() + m.Value[m.Groups[1].Length..]
            : m.Value);

    /// <summary>The matches less a lowercase one-word name that reads as the ordinary word.</summary>
    public IReadOnlyList<EntityMatch> Without(IReadOnlyList<EntityMatch> matches, string text) =>
        matches.Where(m => !IsOrdinaryWord(m, matches, text)).ToList();

    private bool IsOrdinaryWord(EntityMatch match, IReadOnlyList<EntityMatch> matches, string text)
    {
        var surface = match.Surface.Trim();
        if (surface.Contains(' ') || surface.Any(char.IsUpper)) return false;
        if (IsAbbreviation(match.Entity, surface)) return _lowercaseInArticles.Value.Contains(surface);
        if (IsTypo(match.Entity, surface)) return _englishWords.MeansTheWord(surface, match.Entity, Word().Matches(text).Select(w => w.Value));
        if (!match.Entity.Name.Equals(surface, StringComparison.OrdinalIgnoreCase)) return false;
        return _lowercaseInArticles.Value.Contains(surface) || (_wordNet.IsCommonWord(surface) && FollowsName(match, matches, text)) || (match.Entity.Kind == EntityKind.Other && _englishWords.Contains(surface));
    }

    /// <summary>True when the word is one of the entity's capital-letter abbreviations ("ACT"), not its name.</summary>
    private static bool IsAbbreviation(Knowledge.Model.Entity entity, string word) =>
        !entity.Name.Equals(word, StringComparison.OrdinalIgnoreCase) && entity.Aliases.Any(a => a.Length > 1 && a.All(char.IsUpper) && a.Equals(word, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// True when the word is one edit from a word of the entity's name or aliases and is none of them: a match by a typo
    /// (not by a role, "the researcher", nor by a name's own word, "Halyard" of "Halyard Labs").
    /// </summary>
    private static bool IsTypo(Knowledge.Model.Entity entity, string word)
    {
        var nameWords = entity.Aliases.Append(entity.Name).SelectMany(n => n.ToLowerInvariant().Split(' ', '-')).ToList();
        var typed = word.ToLowerInvariant();
        return !nameWords.Contains(typed) && nameWords.Any(w => EditDistance.AtMostOne(w, typed));
    }

    private static bool FollowsName(EntityMatch match, IReadOnlyList<EntityMatch> matches, string text) =>
        matches.Any(name => name.Entity.Id != match.Entity.Id && name.Start + name.Length <= match.Start
            && string.IsNullOrWhiteSpace(text[(name.Start + name.Length)..match.Start]));

    /// <summary>Words the articles write in lowercase somewhere past a sentence's first word.</summary>
    private static HashSet<string> LowercaseWords(IBriefingKnowledge knowledge) =>
        knowledge.Articles.SelectMany(a => knowledge.SentencesOf(a.Id))
            .SelectMany(s => Word().Matches(s.Text).Where(w => w.Index > 0 && char.IsLower(w.Value[0])).Select(w => w.Value))
            .ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\b(?<=\bthe )([a-z]{2,4}) ([A-Za-z]+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TitledAbbreviation();

    [GeneratedRegex(@"\b[A-Za-z][a-z]+\b")]
    private static partial Regex Word();
}
