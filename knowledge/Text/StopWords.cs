namespace BriefingBot.Knowledge.Text;

/// <summary>General English function words, dropped from ranking terms.</summary>
public static class StopWords
{
    /// <summary>The set, lowercase.</summary>
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could",
        "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has",
        "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in",
        "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not",
        "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own",
        "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them",
        "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until",
        "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why",
        "will", "with", "would", "you", "your", "yours", "yourself", "yourselves", "s", "t", "us", "also",
        "may", "might", "must", "shall", "whose", "tell", "me", "please", "yet", "another", "among", "within",
        "neither", "either", "every", "many", "much", "several", "whether", "although", "though", "however", "one", "ones",
        "don", "didn", "doesn", "isn", "wasn", "aren", "weren", "won", "ll", "ve", "re", "d", "m",
    };

    /// <summary>True when the lowercase word is a function word.</summary>
    public static bool Contains(string lowerWord) => All.Contains(lowerWord);
}
