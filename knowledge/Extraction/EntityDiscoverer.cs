using BriefingBot.Knowledge.Model;

namespace BriefingBot.Knowledge.Extraction;

/// <summary>
/// Reads one sentence's name chunks into entity candidates: acronym definitions, titles and roles, "ORG leader NAME",
/// appositive descriptions and the cues (<see cref="KindCues"/>, <see cref="PlaceCues"/>) that tell kinds apart.
/// </summary>
public static class EntityDiscoverer
{
    /// <summary>Candidates named in the sentence.</summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="previous">The sentence before it in the article, for "Its senior researcher, NAME"; null for the first.</param>
    public static IReadOnlyList<EntityCandidate> Discover(SentenceContext sentence, SentenceContext? previous = null)
    {
        var found = new List<EntityCandidate>();
        if (sentence.IsHeadline) return found;
        var tokens = sentence.Tokens;
        var definitions = AliasDefinitionFinder.Find(tokens, sentence.Chunks);
        foreach (var chunk in NameChunks(sentence.Chunks, definitions).Where(c => !IsNumberedLabel(tokens, c)))
        {
            var definition = definitions.FirstOrDefault(d => d.LongForm.Last == chunk.Last);
            var split = definition is null ? RoleSplitter.Split(chunk) : new RoleSplit(null, chunk, null);
            if (split.Prefix is { } prefix) found.Add(Plain(sentence, prefix));
            if (split.Name is null) continue;
            var candidate = Plain(sentence, split.Name);
            definition?.Acronyms.ToList().ForEach(a => candidate.Aliases.Add(a.Core));
            if (definition is not null) VoteDefined(candidate, definition.LongForm);
            if (split.Role is { } role) AddRole(candidate, role, found, sentence, definitions);
            if (split.Prefix is not null) candidate.Related.Add(split.Prefix.Text);
            if (split.Role is not null && TitledNameOwner.OwnerAfter(sentence, split.Name, definitions) is { } ofOwner) candidate.Related.Add(ofOwner);
            var lowercaseRole = LowercaseRoles.Find(tokens, sentence.Chunks, chunk, SubjectOwner.Of(previous));
            if (lowercaseRole is var (roleText, owner)) AddLowercaseRole(candidate, roleText, owner);
            else if (split.Role is null && ApposedTitles.Find(tokens, sentence.Chunks, chunk) is var (title, titleOwner)) AddRole(candidate, title, found, sentence, definitions, titleOwner);
            if (VerbRoles.Find(tokens, split.Name) is var (verbRole, roleObject)) AddLowercaseRole(candidate, verbRole, FirstName(sentence.Chunks, definitions, roleObject));
            foreach (var description in AppositionFinder.Find(tokens, chunk).Where(d => lowercaseRole is null || !OpensWithOwner(d)).Concat(NamingDescriptions.Find(tokens, chunk)).Concat(NicknameDescriptions.Find(tokens, chunk)).Concat(KindCues.TypeBefore(tokens, chunk)).Concat(KindCues.PlaceNounBefore(tokens, chunk)).Concat(Nationality(tokens, chunk)))
            {
                AddDescription(candidate, description, sentence.Chunks, definitions);
            }

            if (LedeDescriptions.Find(sentence, previous, chunk, candidate) is { } lede) AddDescription(candidate, lede, previous!.Chunks, Array.Empty<AliasDefinition>());
            PlaceCues.Apply(candidate, tokens, split.Name, sentence.Chunks);
            KindCues.Apply(candidate, tokens, split.Name);
            candidate.IsWeak = chunk.Tokens.Count == 1 && NameChunker.IsClauseStart(tokens, chunk.First) && !chunk.Tokens[0].IsAcronym && split.Role is null;
            found.Add(candidate);
        }

        return found;
    }

    /// <summary>"Category 2", "Level 4": a lone label noun (<see cref="Lexicon.LabelNouns"/>) right before a number in digits.</summary>
    private static bool IsNumberedLabel(IReadOnlyList<Token> tokens, NameChunk chunk) =>
        chunk.Tokens.Count == 1 && Lexicon.LabelNouns.Contains(chunk.Tokens[0].Lower) && chunk.Last + 1 < tokens.Count && tokens[chunk.Last + 1].Text.All(char.IsDigit);

    /// <summary>"Its chief engineer", "Delta's chief engineer": a description that repeats the lowercase role found for the name.</summary>
    private static bool OpensWithOwner(IReadOnlyList<Token> description) =>
        description[0].Lower is "its" or "their" || description.TakeWhile(t => t.IsCapitalized).LastOrDefault() is { IsPossessive: true };

    /// <summary>"Utopian national" of "51-year-old Utopian national NAME".</summary>
    private static IEnumerable<IReadOnlyList<Token>> Nationality(IReadOnlyList<Token> tokens, NameChunk chunk)
    {
        if (PersonModifiers.Nationality(tokens, chunk.First) is { } nationality) yield return nationality;
    }

    private static IEnumerable<NameChunk> NameChunks(IReadOnlyList<NameChunk> chunks, IReadOnlyList<AliasDefinition> definitions)
    {
        var acronymTokens = definitions.SelectMany(d => d.Acronyms).Select(a => a.Index).ToHashSet();
        var longForms = definitions.Select(d => d.LongForm).ToList();
        foreach (var chunk in chunks)
        {
            if (chunk.Tokens.All(t => acronymTokens.Contains(t.Index))) continue;
            if (Gazetteer.Default.FindDemonym(chunk.Text) is not null && Gazetteer.Default.Find(chunk.Text) is null) continue;
            var longForm = longForms.FirstOrDefault(l => l.First <= chunk.First && chunk.Last <= l.Last);
            if (longForm is null) yield return chunk;
            else if (longForm.Last == chunk.Last) yield return longForm;
        }

        // "free trade zone (FTZ)": a lowercase long form is no chunk of capitals but names the acronym's thing.
        foreach (var lowercase in longForms.Where(l => !l.Tokens[0].IsCapitalized)) yield return lowercase;
    }

    /// <summary>A defined long form in capitals names an organisation; a lowercase one a thing or, headed by a place word ("free trade zone"), a place.</summary>
    private static void VoteDefined(EntityCandidate candidate, NameChunk longForm)
    {
        if (longForm.Tokens[0].IsCapitalized) candidate.Vote(EntityKind.Organization, 2);
        else candidate.Vote(Lexicon.PlaceWords.Contains(longForm.Tokens[^1].Core) ? EntityKind.Place : EntityKind.Other, 3);
    }

    private static EntityCandidate Plain(SentenceContext sentence, NameChunk chunk)
    {
        var candidate = new EntityCandidate(chunk.Text, sentence.Article.Id);
        if (Gazetteer.Default.Find(chunk.Text) is not null) return candidate.Vote(EntityKind.Place, 5);
        if (chunk.Tokens.Count > 1 && Lexicon.VesselPrefixes.Contains(chunk.Tokens[0].Text)) return candidate.Vote(EntityKind.Vessel, 5);
        if (chunk.Tokens.Any(t => Lexicon.OrganizationWords.Contains(NameText.NameCore(t)))) candidate.Vote(EntityKind.Organization, 2);
        if (chunk.Tokens.Count == 1 && chunk.Tokens[0].IsAcronym) candidate.Vote(EntityKind.Organization);
        if (chunk.Tokens.Count == 1 && chunk.First > 0 && sentence.Tokens[chunk.First - 1].Lower == "the") candidate.Vote(EntityKind.Organization);
        if (chunk.Tokens.Count == 1 && chunk.Tokens[0].Text.StartsWith("al-", StringComparison.Ordinal)) candidate.Vote(EntityKind.Organization);
        if (chunk.Tokens.Skip(1).Any(t => Lexicon.NameParticles.Contains(t.Text.Split('-')[0]))) candidate.Vote(EntityKind.Person);
        return candidate;
    }

    private static void AddRole(EntityCandidate person, NameChunk role, List<EntityCandidate> found, SentenceContext sentence, IReadOnlyList<AliasDefinition> definitions, string? owner = null)
    {
        var text = owner is null ? role.Original(sentence.Text) : $"{owner} {role.Original(sentence.Text)}";
        if (owner is not null) person.Related.Add(owner);
        person.Vote(EntityKind.Person, 5);
        if (role.Tokens.All(t => Lexicon.DottedTitles.Contains(t.Core))) return;
        var defined = definitions.FirstOrDefault(d => role.First >= 2 && sentence.Tokens[role.First - 1].Text == ")" && d.Acronyms[^1].Index == role.First - 2);
        if (defined is not null) { text = $"{defined.Acronyms[0].Core} {text}"; person.Related.Add(defined.LongForm.Text); }
        person.Roles.Add(text);
        person.Vote(EntityKind.Person, 5);
        foreach (var part in RoleEntities.Find(role)) { found.Add(Plain(sentence, part)); person.Related.Add(part.Text); }
    }

    private static void AddLowercaseRole(EntityCandidate person, string role, string? owner)
    {
        person.Roles.Add(role);
        if (owner is not null) person.Related.Add(owner);
        person.Vote(EntityKind.Person, 5);
    }

    /// <summary>The first name within a phrase ("Delta" of "Delta's border unit"), a people's name excepted, or null.</summary>
    private static string? FirstName(IReadOnlyList<NameChunk> chunks, IReadOnlyList<AliasDefinition> definitions, IReadOnlyList<Token> phrase)
    {
        var first = definitions.Select(d => d.LongForm).Concat(chunks).Where(c => c.First >= phrase[0].Index && c.Last <= phrase[^1].Index)
            .OrderBy(c => c.First).ThenByDescending(c => c.Last).FirstOrDefault();
        return first is not null && Gazetteer.Default.FindDemonym(first.Text) is null ? first.Text : null;
    }

    private static void AddDescription(EntityCandidate candidate, IReadOnlyList<Token> description, IReadOnlyList<NameChunk> chunks, IReadOnlyList<AliasDefinition> definitions)
    {
        candidate.Descriptions.Add(string.Join(" ", description.Select(t => t.Text)).Replace(" ,", ",").Replace(" 's", "'s"));
        var phrase = AppositionFinder.NounPhrase(description);
        KindCues.FromDescription(candidate, phrase);
        if (FirstName(chunks, definitions, phrase) is { } related) candidate.Related.Add(related);
    }
}
