namespace NewsNlp;

/// <summary>The 17 top-level IPTC Media Topics (cv.iptc.org/newscodes/mediatopic), with IPTC's English (en-GB) labels.</summary>
internal static class IptcSubjects
{
    /// <summary>Number of top-level subjects.</summary>
    public const int Count = 17;

    /// <summary>Index constants, in code order (index i is <c>medtop:(i+1)000000</c>).</summary>
    public const int Arts = 0, Crime = 1, Disaster = 2, Economy = 3, Education = 4, Environment = 5, Health = 6,
        HumanInterest = 7, Labour = 8, Lifestyle = 9, Politics = 10, Religion = 11, Science = 12, Society = 13,
        Sport = 14, Conflict = 15, Weather = 16;

    /// <summary>IPTC QCodes, index-aligned with <see cref="Labels"/>.</summary>
    public static readonly string[] Codes =
    [
        "medtop:01000000", "medtop:02000000", "medtop:03000000", "medtop:04000000", "medtop:05000000",
        "medtop:06000000", "medtop:07000000", "medtop:08000000", "medtop:09000000", "medtop:10000000",
        "medtop:11000000", "medtop:12000000", "medtop:13000000", "medtop:14000000", "medtop:15000000",
        "medtop:16000000", "medtop:17000000",
    ];

    /// <summary>IPTC's English labels.</summary>
    public static readonly string[] Labels =
    [
        "arts, culture, entertainment and media",
        "crime, law and justice",
        "disaster, accident and emergency incident",
        "economy, business and finance",
        "education",
        "environment",
        "health",
        "human interest",
        "labour",
        "lifestyle and leisure",
        "politics",
        "religion",
        "science and technology",
        "society",
        "sport",
        "conflict, war and peace",
        "weather",
    ];

    /// <summary>Returns the index of a code (<c>medtop:11000000</c>), or -1.</summary>
    public static int IndexOfCode(string code) => Array.IndexOf(Codes, code);
}
