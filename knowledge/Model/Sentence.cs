namespace BriefingBot.Knowledge.Model;

/// <summary>One sentence of an article, with its exact place so answers can cite it.</summary>
public sealed class Sentence
{
    /// <summary>Global id, unique in the store.</summary>
    public int Id { get; set; }
    /// <summary>The article it belongs to.</summary>
    public string ArticleId { get; set; } = "";
    /// <summary>Zero-based paragraph number within the article.</summary>
    public int Paragraph { get; set; }
    /// <summary>Zero-based sentence number within the article.</summary>
    public int Index { get; set; }
    /// <summary>Character offset of the sentence in <see cref="Article.Text"/>.</summary>
    public int Start { get; set; }
    /// <summary>Length in characters.</summary>
    public int Length { get; set; }
    /// <summary>The sentence text, exactly as in the article.</summary>
    public string Text { get; set; } = "";
    /// <summary>Normalised, stemmed tokens of the sentence, used for ranking.</summary>
    public List<string> Terms { get; set; } = new();
}
