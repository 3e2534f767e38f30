using BriefingBot.Knowledge.Model;

namespace BriefingBot.Dialogs.Answering;

/// <summary>A sentence ranked for a question: overall score, and how much of the question it covers.</summary>
public sealed record RankedSentence(Sentence Sentence, double Score, double TermCoverage, bool HasNamedEntities);
