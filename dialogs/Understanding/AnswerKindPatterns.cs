using System.Text.RegularExpressions;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>The question wordings <see cref="AnswerKindClassifier"/> reads the wanted kind of answer from, on normalised text.</summary>
internal static partial class AnswerKindPatterns
{
    [GeneratedRegex(@"^(and|so|but|then|ok|okay|roughly|approximately|exactly) (?=(who|whom|whose|what|when|where|which|why|how|by|since)\b)")]
    internal static partial Regex LeadingConjunction();

    [GeneratedRegex(@"^(in|on|at|for|from|to|with|by|of|since|until|during|under) (?=(which|what|how|when|where|whom|whose)\b)")]
    internal static partial Regex LeadingPreposition();

    /// <summary>"What brand were the hidden cameras": the noun after "what" is a property of a thing the question names, with no verb of its own.</summary>
    [GeneratedRegex(@"^what [a-z]+ (is|was|are|were) (the|a|an|his|her|their|its|this|that) [a-z-]+( (?![a-z-]+ed\b)(?!(in|into|on|at|to|for|with|by|from|of)$)[a-z-]+){0,2}$")]
    internal static partial Regex PropertyOf();

    [GeneratedRegex(@"^(what|which)('s|s| is| was| are| were) (the )?names? of\b|^(the )?names? of\b|^what('s|s| is| was| are| were) .+ (called|named)$|^what('s|s| is| was| are| were) .+'s names?$")]
    internal static partial Regex NameOf();

    [GeneratedRegex(@"\bnames? of (the |a |an |its |their |his |her )?((\d+|two|three|four|five|six|seven|eight|nine|ten|both|all) )?(?<words>[a-z-]+( (?!(who|whom|that|which|was|were|is|are|in|on|at|from|of|did|does|to|by|for|the|a|an|his|her|its|their)\b)[a-z-]+){0,2})")]
    internal static partial Regex NamesOfNoun();

    [GeneratedRegex(@"^who (?:got|gets) (?<verb>[a-z]{3,}ed)\b|^who (?!(is|was|are|were|has|have|had|did|does|do|will|would|can|could|should|may|might|else|exactly|the|a|an)\b)(?<verb>[a-z]+)\b|^which [a-z-]+( [a-z-]+)?( (had|has|have|was|were))? (?<verb>[a-z]+ed)\b|^how many (?:[a-z-]+ ){1,4}?(?:were|was|are|is|have been|has been|had been|got) (?<verb>[a-z]{3,}ed)\b|^who (?:is|was|are|were) (?!being\b|going\b)(?<verb>[a-z]{2,}ing)\b|^who (?:else )?(?:was|were|has been|have been|had been) (?<verb>[a-z]{3,}ed)\b|^what (?:did|does|do) (?:the |a |an |his |her |its |their )?[a-z-]+(?: [a-z-]+){0,3} (?!(?:about|out|up|for|with|on|in|to|at|from|over|off|back|down|into|of|by|after|before|during|against|through|under|behind|since|until|around|across|say|tell|think|mean|want|need|have|get|make|take|see|give)\b)(?<verb>[a-z]{4,}) (?:the|a|an|his|her|its|their) [a-z-]+$|^what (?:did|does|do) (?:the |a |an |his |her |its |their )?[a-z-]+(?: [a-z-]+){0,2} (?!(?:say|tell|think|mean|want|need|have|get|make|take|see|give|know|hear|learn|find)\b)(?<verb>[a-z]{4,}) about [a-z]|^what (?:did|does|do) (?:the |a |an |his |her |its |their )?[a-z-]+(?: [a-z-]+){0,4} (?!(?:about|out|up|for|with|on|in|to|at|from|over|off|back|down|into|of|by|say|tell|think|mean|want|need|have|get|make|take|see|himself|herself|itself|themselves)$)(?![a-z]*[^su]s$)(?<!\b(?:in|on|at|from|to|with|by|for|into|over|after|during|against|of|behind|near|inside|under|across)(?: (?:the|a|an|his|her|its|their))? )(?<verb>[a-z]{4,})$|^what (?:did|does|do) (?:the |a |an |his |her |its |their )?[a-z-]+(?: [a-z-]+){0,2} (?!(?:say|tell|think|mean|want|need|have|get|make|take|see|give)\b)(?<verb>[a-z]{4,}) (?:from|to|in|on|at|with|by|for|into|over|after|during|against) [a-z]|^where (?:did|does|do) (?:he|she|they|it) (?!(?:live|work|come|stay|happen|belong|hail|base|operate|serve|reside|hold|give|keep|leave|hide|store|stash|find|take|send|sell|ship|move|make|have|want|need|plan|intend|mean)\b)(?<verb>[a-z]{4,})\b")]
    internal static partial Regex MainVerbPattern();

    [GeneratedRegex(@"^(which|what)( (two|three|four|five|six|seven|eight|nine|ten|[0-9]+))?( other)? (?!(is|was|does|has|this|its|us)\b)[a-z-]+s\b|\b(both|two|three)\b|^who (are|were)\b")]
    internal static partial Regex Plural();

    [GeneratedRegex(@"^(what|which things?) (did|does|do|has|have|had|was|were) .+ (say|said|warn|warned|add|added|note|noted|tell|told|claim|claimed|state|stated|caution|cautioned|predict|predicted|think|argue|argued|announce|announced|declare|declared|write|wrote)\b|^what was said\b|^(quote|what were the words)\b|^what (did|does) .+ have to say\b|^what (was|is) .+'s? (warning|statement|message|remark|comment|quote)\b")]
    internal static partial Regex Quote();

    [GeneratedRegex(@"^(how many|how much|what (percentage|percent|proportion|share|number|amount|sum)( of)?|how large a (share|part))\s*(of (the |its |their |these |those )?(?=[a-z-]+s\b)|(?<=many )of (the|its|their|these|those) )?(?<noun>(?!(has|have|had|is|are|was|were|do|does|did|will|would|can|could|should|it|they|he|she|we|you|of)\b)[a-z-]+)?")]
    internal static partial Regex HowMany();

    /// <summary>"The program covers how many countries": "how many" asked in place, after the words it counts for.</summary>
    [GeneratedRegex(@"^(?!(who|whom|whose|what|when|where|which|why|how)\b)[a-z].*? how many (?<noun>(?!(has|have|had|is|are|was|were|do|does|did|will|would|can|could|should|it|they|he|she|we|you|of)\b)[a-z-]+)")]
    internal static partial Regex HowManyInPlace();

    /// <summary>"What did the thieves get for the camera": the price something fetched, a number.</summary>
    [GeneratedRegex(@"^what (did|do|does|will|would|could) [a-z' -]+ (get|receive|earn|fetch) for\b")]
    internal static partial Regex PriceFetched();

    /// <summary>"What nationality is she", "which passport does he hold": a people's or country's name, not a sentence.</summary>
    [GeneratedRegex(@"^(what|which) (?<noun>nationality|nationalities|citizenship|passport|passports)\b")]
    internal static partial Regex Nationality();

    [GeneratedRegex(@"^how (fast|quickly|soon)\b")]
    internal static partial Regex HowSoon();

    /// <summary>"How fast was the ship going", "what speed was it doing": a speed, not how soon something happened.</summary>
    [GeneratedRegex(@"^how fast (is|was|are|were|had) .+ (going|travell?ing|moving|sailing|steaming|driving|flying|running|heading|cruising|doing)\b|^(at )?what speeds?\b")]
    internal static partial Regex Speed();

    /// <summary>"How much time", "how much jail time", "what prison term", "what sentence": a length of time, not an amount or a thing.</summary>
    [GeneratedRegex(@"^(how much ([a-z-]+ )?time|what ((prison|jail) (term|time|sentence)|sentence))\b")]
    internal static partial Regex HowMuchTime();

    [GeneratedRegex(@"^(how old|what age|at what age)\b")]
    internal static partial Regex Age();

    [GeneratedRegex(@"^how (big|large|far|close|near|wide|tall|high|heavy|deep)\b")]
    internal static partial Regex HowBig();

    [GeneratedRegex(@"^how long (is|was|are|were) (the|a|an|its|their|this|that) (?<words>((?!(at|in|on|under|from|between|of|across|near)\b)[a-z-]+ ){0,2}(?<noun>[a-z-]+))( (at|in|on|under|from|between|of|across|near) [a-z -]+)?( (that|which|the|they|he|she|we|it)( [a-z'-]+)+)?$")]
    internal static partial Regex LengthOf();

    [GeneratedRegex(@"^(when|since when|what (year|month|date|day|time)|on what (date|day)|in what (year|month)|in which (year|month)|which (year|month|date|day))\b")]
    internal static partial Regex When();

    [GeneratedRegex(@"^(why|for what reason|what (is|was) the reason|what (caused|causes)|how come)\b")]
    internal static partial Regex Why();

    [GeneratedRegex(@"^(which|what)( (two|three|four|five|six|seven|eight|nine|ten|[0-9]+))?( other)? (?!(is|are|was|were|did|does|do|has|have|had|can|could|will|would|should|kind|sort|type)\b)(?<noun>[a-z-]+)\b( (?<next>[a-z-]+))?")]
    internal static partial Regex Which();

    [GeneratedRegex(@"^((and|so|but|then) )?(did|does|do|is|are|was|were|has|have|had|could|can|will|would|should|may|might)\b(?! (did|does|do|is|are|was|were|has|have|had)\b)")]
    internal static partial Regex YesNo();

    [GeneratedRegex(@"^(who|whom|whose)\b")]
    internal static partial Regex Who();
}
