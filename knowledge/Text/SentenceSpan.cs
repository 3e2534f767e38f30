namespace BriefingBot.Knowledge.Text;

/// <summary>Where a sentence stands in an article's text.</summary>
public sealed record SentenceSpan(int Paragraph, int Start, int Length);
