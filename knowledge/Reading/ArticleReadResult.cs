using BriefingBot.Knowledge.Model;

namespace BriefingBot.Knowledge.Reading;

/// <summary>The articles read from a folder, and the files that were skipped with the reason.</summary>
public sealed record ArticleReadResult(IReadOnlyList<Article> Articles, IReadOnlyList<string> Skipped);
