using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Replies;

/// <summary>Makes a citation of a stored sentence: its exact words, the article's title and date.</summary>
public sealed class CitationFactory
{
    private readonly IBriefingKnowledge _knowledge;

    /// <summary>Creates the factory.</summary>
    public CitationFactory(IBriefingKnowledge knowledge) => _knowledge = knowledge;

    /// <summary>The citation of a sentence.</summary>
    public Citation Cite(int sentenceId)
    {
        var sentence = _knowledge.Sentence(sentenceId);
        var article = _knowledge.Article(sentence.ArticleId);
        return new Citation(sentence.Text.Trim(), article.Title, article.Published, article.Source);
    }
}
