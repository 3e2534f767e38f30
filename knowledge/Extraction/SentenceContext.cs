using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Knowledge.Extraction;

/// <summary>A sentence prepared once for every extractor: straightened text, tokens and name chunks.</summary>
public sealed class SentenceContext
{
    /// <summary>Prepares the sentence.</summary>
    public SentenceContext(Sentence sentence, Article article, bool isHeadline)
    {
        Sentence = sentence;
        Article = article;
        IsHeadline = isHeadline;
        Text = TextNormalizer.Straighten(sentence.Text);
        Tokens = Tokenizer.Tokenize(Text);
        Chunks = isHeadline ? Array.Empty<NameChunk>() : NameChunker.Chunk(Tokens);
    }

    /// <summary>The stored sentence.</summary>
    public Sentence Sentence { get; }
    /// <summary>The article it belongs to.</summary>
    public Article Article { get; }
    /// <summary>True for the article's title line, whose capitals say nothing about names.</summary>
    public bool IsHeadline { get; }
    /// <summary>Sentence text with straight quotes (same offsets as the original).</summary>
    public string Text { get; }
    /// <summary>Word and punctuation tokens.</summary>
    public IReadOnlyList<Token> Tokens { get; }
    /// <summary>Runs of capitalised words.</summary>
    public IReadOnlyList<NameChunk> Chunks { get; }
    /// <summary>Mentions linked in this sentence (filled by the mention linker).</summary>
    public List<Mention> Mentions { get; } = new();
    /// <summary>Time expressions found in this sentence.</summary>
    public List<TimeExpression> Times { get; } = new();
}
