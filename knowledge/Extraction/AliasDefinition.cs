namespace BriefingBot.Knowledge.Extraction;

/// <summary>A name defined with its acronyms in brackets: "North Sea Patrol (NSP/NSPF)".</summary>
public sealed record AliasDefinition(NameChunk LongForm, IReadOnlyList<Token> Acronyms);
