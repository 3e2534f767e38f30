using BriefingBot.Knowledge.Model;

namespace BriefingBot.Knowledge.Extraction;

/// <summary>
/// Kind evidence from a name's surroundings: the head words of its description ("a shipping company" → organisation),
/// a naming phrase ("a criminal group calling itself X"), a type noun before it ("the tanker X"), a reporting verb after
/// it (people speak), place words (also after a second name joined to it: "X and Y regions"), a product noun after it ("the X radar": a product), "first names, X and Y" (people),
/// a flag before it ("the Utopia-flagged X": a ship), an age after it ("X, 36,": a person) or before it ("38-year-old X",
/// <see cref="PersonModifiers"/>), a person noun named by a verb ("police named the alleged ringleader as X").
/// </summary>
public static class KindCues
{
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "the" };
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase) { "has", "have", "had", "did", "also", "later", "then", "will", "would" };

    /// <summary>Adds evidence from the words right around the name.</summary>
    public static void Apply(EntityCandidate candidate, IReadOnlyList<Token> tokens, NameChunk name)
    {
        var lastWord = NameText.NameCore(name.Tokens[^1]);
        if (Lexicon.PlaceWords.Contains(lastWord) || (name.Tokens.Count > 1 && Lexicon.PlaceWords.Contains(name.Tokens[0].Core)) || (name.Last + 1 < tokens.Count && Lexicon.PlaceWords.Contains(tokens[name.Last + 1].Lower))) candidate.Vote(EntityKind.Place, 2);
        if (name.Tokens.Count > 1 && Lexicon.FacilityWords.Contains(lastWord)) candidate.Vote(EntityKind.Place, 3);
        if (IsJoinedToAPlace(tokens, name)) candidate.Vote(EntityKind.Place, 2);
        if (name.First >= 2 && tokens[name.First - 1].Lower == "of" && Lexicon.PlaceWords.Contains(tokens[name.First - 2].Lower)) candidate.Vote(EntityKind.Place, 3);
        if (IsProductName(tokens, name)) candidate.Vote(EntityKind.Other, 2);
        // "the Coastal Tracking System (CTS)": a name headed by a singular product noun is a made thing, not a body.
        if (name.Tokens.Count > 1 && Lexicon.ProductNouns.Contains(lastWord) && !lastWord.EndsWith('s') && !name.Tokens.Any(t => Lexicon.OrganizationWords.Contains(t.Core))) candidate.Vote(EntityKind.Other, 3);
        // "the Utopia-flagged Silver Bay": only ships fly a flag; the flag's country is related.
        if (name.First > 0 && tokens[name.First - 1].Lower.EndsWith("-flagged", StringComparison.Ordinal))
        {
            candidate.Vote(EntityKind.Vessel, 5);
            if (Gazetteer.Default.Find(NameText.NameCore(tokens[name.First - 1])) is { } flag) candidate.Related.Add(flag.Name);
        }
        var next = name.Last + 1;
        while (next < tokens.Count && Auxiliaries.Contains(tokens[next].Lower)) next++;
        // "a flight from X reported …": a name after a place preposition is not the one who speaks.
        var afterPreposition = name.First > 0 && Lexicon.PlacePrepositions.Contains(tokens[name.First - 1].Text);
        var speaks = next < tokens.Count && ReportingVerbs.LemmaOf(tokens[next].Lower) is not null && !name.IsPossessive && !afterPreposition;
        // One word that speaks is a person only when a full name before it says so: "Tarnpol said" is no surname.
        if (speaks && name.Tokens.Count is >= 2 and <= 3 && !name.Tokens.Any(t => t.IsAcronym || Lexicon.OrganizationWords.Contains(t.Core))) candidate.Vote(EntityKind.Person);
        if (NamingDescriptions.PersonalNamesComma(tokens, name.First) > 0) candidate.Vote(EntityKind.Person, 2);
        if (ApposedAge.CloseAfter(tokens, name) is not null || PersonModifiers.MarkPerson(tokens, name)) candidate.Vote(EntityKind.Person, 3);
        if (NamingDescriptions.ObjectNamedAs(tokens, name.First) is { } named && PersonNouns.HeadsPerson(named)) candidate.Vote(EntityKind.Person, 3);
        if (HasWhoClauseAfter(tokens, name)) candidate.Vote(EntityKind.Person, 2);
        var naming = NamingDescriptions.NamingStart(tokens, name.First);
        if (naming >= 0 && IsInitialSurname(name)) candidate.Vote(EntityKind.Person, 2);
        if (naming >= 0 && tokens.Skip(Math.Max(0, naming - 6)).Take(Math.Min(6, naming)).Any(t => Lexicon.OrganizationWords.Contains(t.Lower))) candidate.Vote(EntityKind.Organization, 2);
    }

    /// <summary>"the Maltese tanker" from "the Maltese tanker NAME": a reference noun right before the name, back to its determiner.</summary>
    public static IEnumerable<IReadOnlyList<Token>> TypeBefore(IReadOnlyList<Token> tokens, NameChunk name)
    {
        if (RoleSplitter.IsTitle(name.Tokens[0])) yield break;
        var start = Enumerable.Range(Math.Max(0, name.First - 2), Math.Min(2, name.First)).FirstOrDefault(i => ReferenceNouns.Default.At(tokens, i)?.Last == name.First - 1, -1);
        if (start < 0 || tokens[name.First - 1].IsPossessive) yield break;
        var first = start;
        for (var j = start - 1; j >= 0 && start - j <= 4 && tokens[j].IsWord; j--)
        {
            if (Determiners.Contains(tokens[j].Text)) { first = j; break; }
        }

        yield return tokens.Skip(first).Take(name.First - first).ToList();
    }

    /// <summary>"the northern port" from "the northern port of NAME": a place noun with a modifier, then "of", right before the name.</summary>
    public static IEnumerable<IReadOnlyList<Token>> PlaceNounBefore(IReadOnlyList<Token> tokens, NameChunk name)
    {
        var noun = name.First - 2;
        if (noun < 2 || tokens[name.First - 1].Lower != "of" || tokens[noun].IsCapitalized || !Lexicon.PlaceWords.Contains(tokens[noun].Lower)) yield break;
        for (var j = noun - 1; j >= 0 && noun - j <= 3 && tokens[j].IsWord; j--)
        {
            if (!Determiners.Contains(tokens[j].Text)) continue;
            if (j < noun - 1) yield return tokens.Skip(j).Take(noun - j + 1).ToList();
            yield break;
        }
    }

    /// <summary>Votes from a description's words: organisation, person, place or vessel nouns.</summary>
    public static void FromDescription(EntityCandidate candidate, IReadOnlyList<Token> description)
    {
        if (ReferenceNouns.Default.HeadOf(description) is { Kind: EntityKind.Vessel }) candidate.Vote(EntityKind.Vessel, 3);
        var words = description.Where(t => t.IsWord && !t.IsCapitalized).Select(t => t.Lower).ToList();
        if (words.Any(Lexicon.OrganizationWords.Contains)) candidate.Vote(EntityKind.Organization, 2);
        if (words.Any(w => Lexicon.TitleWords.Contains(w)) || PersonNouns.HeadsPerson(description)) candidate.Vote(EntityKind.Person, 2);
        // "NAME, a 41-year-old who …": an age or a "who" clause describes a person.
        if (description.Any(t => t.Lower.EndsWith("-year-old", StringComparison.Ordinal)) || words.Contains("who")) candidate.Vote(EntityKind.Person, 3);
        if (words.Any(Lexicon.PlaceWords.Contains)) candidate.Vote(EntityKind.Place, 2);
    }

    /// <summary>"the X radar", "X drives": a name (no organisation or place word) right before a lowercase product noun.</summary>
    private static bool IsProductName(IReadOnlyList<Token> tokens, NameChunk name) =>
        !name.IsPossessive && name.Last + 1 < tokens.Count && !tokens[name.Last + 1].IsCapitalized && Lexicon.ProductNouns.Contains(tokens[name.Last + 1].Lower)
        && !name.Tokens.Any(t => Lexicon.OrganizationWords.Contains(t.Core) || Lexicon.PlaceWords.Contains(t.Core)) && Gazetteer.Default.Find(name.Text) is null;

    /// <summary>"the NAME and Oslund regions": a place word after a second name joined by "and" or "or" is said of both.</summary>
    private static bool IsJoinedToAPlace(IReadOnlyList<Token> tokens, NameChunk name)
    {
        var i = name.Last + 1;
        if (i + 2 >= tokens.Count || tokens[i].Lower is not ("and" or "or") || !tokens[i + 1].IsCapitalized) return false;
        var noun = tokens[i + 2].Lower;
        return Lexicon.PlaceWords.Contains(noun) || (noun.EndsWith('s') && Lexicon.PlaceWords.Contains(noun[..^1]));
    }

    /// <summary>
    /// "NAME, who heads the agency, said …": a who-clause right after a name that is no object of a preposition or a
    /// time word ("a resident of X, who saw …", "last March, who …" speak of someone before).
    /// </summary>
    private static bool HasWhoClauseAfter(IReadOnlyList<Token> tokens, NameChunk name) =>
        name.Last + 2 < tokens.Count && tokens[name.Last + 1].Text == "," && tokens[name.Last + 2].Lower == "who" && !name.IsPossessive
        && (name.First == 0 || (!tokens[name.First - 1].IsWord || tokens[name.First - 1].IsCapitalized || !(Lexicon.PlacePrepositions.Contains(tokens[name.First - 1].Lower) || tokens[name.First - 1].Lower is "of" or "for" or "with" or "by" or "on" or "last" or "since" or "than")));

    /// <summary>"Daniel K." — a given name and a surname cut to its initial.</summary>
    private static bool IsInitialSurname(NameChunk name) =>
        name.Tokens.Count >= 2 && name.Tokens[^1].Core.Length == 1 && char.IsUpper(name.Tokens[^1].Core[0]);
}
