namespace BriefingBot.Knowledge.Extraction;

/// <summary>General English word lists the extractors rely on: titles, organisation words, reporting verbs.</summary>
public static class Lexicon
{
    /// <summary>Words that make up a person's title or role.</summary>
    public static readonly IReadOnlySet<string> TitleWords = Set(
        "president", "vice", "secretary", "director", "minister", "prime", "chief", "leader", "head", "general",
        "commander", "senator", "governor", "ambassador", "spokesman", "spokeswoman", "spokesperson", "king", "queen",
        "prince", "mayor", "chairman", "chairwoman", "chair", "ceo", "attorney", "sheikh", "emir", "mr", "mrs", "ms", "dr",
        "gen", "lt", "col", "sgt", "capt", "adm", "sen", "rep", "gov", "representative", "deputy", "assistant", "officer",
        "admiral", "colonel", "lieutenant", "major", "captain", "sergeant", "judge", "justice", "chancellor", "premier",
        "founder", "cofounder", "co-founder", "commissioner", "inspector", "agent", "envoy", "adviser", "advisor",
        "spokesman", "official", "analyst", "counsel", "marshal", "superintendent", "emeritus", "acting", "former", "senior",
        "ayatollah", "cleric", "imam", "pope", "bishop", "caliph", "mullah", "ceo", "cfo", "coo", "cto", "cmdr", "cdr", "rear",
        "executive", "researcher", "member", "lawmaker", "mp", "prosecutor", "investigator", "editor", "professor", "coordinator",
        "convener", "convenor", "provost", "councillor", "councilor", "ombudsman", "registrar", "harbourmaster", "harbormaster",
        "constable", "detective", "chairperson", "corporal", "undersecretary", "coroner", "magistrate", "rabbi", "pastor", "warden");

    /// <summary>True for a title word, or a hyphenated one made only of title words ("director-general", "vice-admiral").</summary>
    public static bool IsTitleWord(string word) =>
        TitleWords.Contains(word) || (word.Contains('-') && word.Split('-').All(p => p.Length > 0 && TitleWords.Contains(p)));

    /// <summary>Title words that, alone, are too general to be a role reference ("the official").</summary>
    public static readonly IReadOnlySet<string> WeakTitleWords = Set("former", "acting", "senior", "deputy", "assistant", "emeritus", "official", "agent", "analyst");

    /// <summary>Groups of titles that mean the same role.</summary>
    public static readonly IReadOnlyList<IReadOnlySet<string>> TitleSynonyms = new[]
    {
        Set("leader", "chief", "head", "commander", "emir", "caliph"),
        Set("spokesman", "spokeswoman", "spokesperson"),
    };

    /// <summary>Words that mark a name as an organisation.</summary>
    public static readonly IReadOnlySet<string> OrganizationWords = Set(
        "state", "party", "program", "programme", "group", "army", "front", "council", "ministry", "department", "agency",
        "bureau", "committee", "force", "forces", "brigade", "brigades", "movement", "organization", "organisation",
        "union", "network", "coalition", "company", "inc", "corp", "ltd", "police", "court", "congress", "senate",
        "parliament", "assembly", "office", "service", "services", "institute", "university", "bank", "fund", "guard",
        "command", "administration", "commission", "authority", "alliance", "federation", "league", "society",
        "foundation", "association", "corps", "battalion", "militia", "jihad", "caliphate", "cartel", "gang", "mafia",
        "firm", "broker", "operator", "insurer", "non-profit", "nonprofit", "charity", "terminals", "airline", "airlines", "ministry",
        "commission", "directorate", "navy", "ltd", "plc", "llc", "gmbh", "sa", "holdings", "partners", "consortium", "cell",
        "times", "post", "news", "press", "agency", "security", "intelligence", "initiative", "team");

    /// <summary>Lowercase sentence-opening words that are never part of a name.</summary>
    public static readonly IReadOnlySet<string> SentenceOpeners = Set(
        "however", "nevertheless", "meanwhile", "moreover", "furthermore", "still", "yet", "instead", "indeed",
        "also", "thus", "therefore", "today", "yesterday", "earlier", "later", "last", "next", "according",
        "after", "before", "since", "despite", "although", "though", "while", "many", "several", "some", "most",
        "officials", "authorities", "experts", "analysts", "sources", "police", "echoing", "citing");

    /// <summary>Words that mark a name or a description as a place.</summary>
    public static readonly IReadOnlySet<string> PlaceWords = Set(
        "gulf", "sea", "ocean", "river", "lake", "mountains", "mountain", "island", "islands", "strait", "straits", "bay",
        "valley", "peninsula", "desert", "province", "region", "county", "city", "town", "village", "port", "capital",
        "district", "coast", "harbour", "harbor", "canal", "channel", "territory", "border", "airport", "headland", "cape",
        "promontory", "islet", "atoll", "archipelago", "hamlet", "suburb", "zone");

    /// <summary>Head nouns of named facilities, which are places ("X Central Station", "X Airport", "X Harbour").</summary>
    public static readonly IReadOnlySet<string> FacilityWords = Set(
        "station", "airport", "airfield", "airbase", "terminal", "harbour", "harbor", "port", "pier", "quay", "dock", "docks",
        "wharf", "marina", "bridge", "tunnel", "square", "stadium", "arena", "crossing", "checkpoint", "base", "dam", "prison",
        "jail", "gaol", "penitentiary", "hospital", "barracks", "embassy", "consulate", "refinery");

    /// <summary>Common nouns of made things: a name right before one is a product ("the X radar", "X drives"), not an organisation.</summary>
    public static readonly IReadOnlySet<string> ProductNouns = Set(
        "radar", "radars", "drive", "drives", "system", "systems", "software", "missile", "missiles", "drone", "drones", "app", "apps",
        "platform", "platforms", "rifle", "rifles", "jet", "jets", "helicopter", "helicopters", "satellite", "satellites", "chip", "chips");

    /// <summary>Nouns of ranked or numbered classes: one capitalised before a number ("rates it as Category 2") is a label, never a name.</summary>
    public static readonly IReadOnlySet<string> LabelNouns = Set(
        "category", "level", "phase", "grade", "stage", "tier", "class", "type", "step", "round", "section", "chapter", "annex", "paragraph", "article", "item");

    /// <summary>Number words: a capitalised one alone ("— Three surveyors were released") is never a name.</summary>
    public static readonly IReadOnlySet<string> NumberWords = Set(
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty",
        "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "dozen", "dozens");

    /// <summary>Abbreviated titles written with a period ("Dr.", "Lt. Cmdr.").</summary>
    public static readonly IReadOnlySet<string> DottedTitles = Set("dr", "mr", "mrs", "ms", "lt", "cmdr", "cdr", "gen", "col", "sgt", "capt", "adm", "rep", "sen", "gov", "prof", "maj", "st", "rev", "fr");

    /// <summary>Vessel prefixes that stay part of a ship's name and make it a vessel ("MV Northern Star"); capitals only ("Ms" is a title).</summary>
    public static readonly IReadOnlySet<string> VesselPrefixes = new HashSet<string>(StringComparer.Ordinal)
        { "MV", "MT", "MS", "MY", "SS", "RMS", "FV", "HMS", "USS", "USNS", "INS", "HMAS", "HMCS", "HMNZS", "RV", "SY", "TS" };

    /// <summary>Words that join parts of a longer name ("Bank of England", "Abu Salim al-Rashid", "Ahmed Ag Ali", "Sidi Ould Ahmed").</summary>
    public static readonly IReadOnlySet<string> NameParticles = Set("al", "el", "bin", "ibn", "ag", "ould", "abu", "abd", "van", "von", "de", "der", "da", "di", "du", "la", "le", "bint");

    /// <summary>Prepositions after which a name is likely a place.</summary>
    public static readonly IReadOnlySet<string> PlacePrepositions = Set("in", "into", "from", "near", "across", "throughout", "inside", "outside", "across", "to", "at");

    /// <summary>Hyphen suffixes that mark the prefix as a place ("Peru-based").</summary>
    public static readonly IReadOnlySet<string> PlaceSuffixes = Set("based", "born", "headquartered");

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase);
}
