namespace BriefingBot.Knowledge.Extraction;

/// <summary>A name defined with its acronyms in brackets: "Islamic State (ISIS/ISIL)".</summary>
public sealed record AliasDefinition(NameChunk LongForm, IReadOnlyList<Token> Acronyms);
