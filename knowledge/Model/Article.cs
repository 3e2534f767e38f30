namespace BriefingBot.Knowledge.Model;

/// <summary>One briefing article as ingested: its metadata and full text.</summary>
public sealed class Article
{
    /// <summary>Stable id: the file name without extension.</summary>
    public string Id { get; set; } = "";
    /// <summary>Headline from the sidecar, else the first non-empty line.</summary>
    public string Title { get; set; } = "";
    /// <summary>Publication date; relative dates in the text resolve against it.</summary>
    public DateTime Published { get; set; }
    /// <summary>Where the article came from (publisher or URL), when known.</summary>
    public string? Source { get; set; }
    /// <summary>Language code, "en" by default.</summary>
    public string Language { get; set; } = "en";
    /// <summary>The article's full text; sentence offsets point into it.</summary>
    public string Text { get; set; } = "";
    /// <summary>SHA-256 of text and sidecar, to detect a changed article.</summary>
    public string ContentHash { get; set; } = "";
}
