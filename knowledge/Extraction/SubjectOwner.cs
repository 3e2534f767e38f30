namespace BriefingBot.Knowledge.Extraction;

/// <summary>
/// What "Its"/"Their" opening the next sentence refers to: the name opening the sentence before ("The Danube Institute
/// (DI), a think tank, said …" → "DI"), by its defined acronym when it has one; not a person with a title.
/// </summary>
public static class SubjectOwner
{
    /// <summary>The short name of the sentence's opening subject, or null.</summary>
    public static string? Of(SentenceContext? sentence)
    {
        if (sentence is null || sentence.IsHeadline || sentence.Chunks.Count == 0) return null;
        var chunk = sentence.Chunks[0];
        if (sentence.Tokens.Take(chunk.First).Any(t => t.Lower != "the") || RoleSplitter.Split(chunk).Role is not null) return null;
        var definition = AliasDefinitionFinder.Find(sentence.Tokens, sentence.Chunks).FirstOrDefault(d => d.LongForm.First == chunk.First);
        return definition is null ? chunk.Text : definition.Acronyms[0].Core;
    }
}
