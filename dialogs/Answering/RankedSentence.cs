using BriefingBot.Knowledge.Model;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// A sentence ranked for a question: overall score, how much of the question's terms it covers, and whether it meets
/// the question's constraints (every entity it names or refers to, every date and number it gives).
/// </summary>
public sealed record RankedSentence(Sentence Sentence, double Score, double TermCoverage, bool MeetsConstraints);
