namespace NewsNlp.ModelBuilder;

/// <summary>A hand-table row: an ISO 3166-1 alpha-2 code and names. <paramref name="NerNames"/> are the names the NER
/// tagger's gazetteer features were trained with (as the table's type: a country name, a demonym, a region), so
/// they keep that feature; <paramref name="Names"/> are places only. Add new names to <paramref name="Names"/>
/// (a new NER feature needs <c>ner</c> retrained).</summary>
internal sealed record HandRow(string Code, string[] NerNames, string[] Names);

/// <summary>The hand-written place tables, input of <see cref="PlacesBuilder"/> beside GeoNames and mledoze/countries:
/// US states with their AP and postal abbreviations, other countries' regions, country aliases and demonyms news
/// writes that the sources lack or spell otherwise, the AP Stylebook's stand-alone dateline cities, and world regions.
/// Hand rows win over the sources: a hand alias decides which country a shared name is.</summary>
internal static class PlaceTables
{
    /// <summary>US states: full name, then abbreviations (AP style first, then postal and older forms).</summary>
    public static readonly string[][] UsStates =
    [
        ["Alabama", "Ala.", "AL"],
        ["Alaska", "AK"],
        ["Arizona", "Ariz.", "AZ"],
        ["Arkansas", "Ark.", "AR"],
        ["California", "Calif.", "CA", "Cal."],
        ["Colorado", "Colo.", "CO"],
        ["Connecticut", "Conn.", "CT"],
        ["Delaware", "Del.", "DE"],
        ["District of Columbia", "D.C.", "DC"],
        ["Florida", "Fla.", "FL"],
        ["Georgia", "Ga.", "GA"],
        ["Hawaii", "HI"],
        ["Idaho", "ID"],
        ["Illinois", "Ill.", "IL"],
        ["Indiana", "Ind.", "IN"],
        ["Iowa", "IA"],
        ["Kansas", "Kan.", "KS", "Kans."],
        ["Kentucky", "Ky.", "KY"],
        ["Louisiana", "La.", "LA"],
        ["Maine", "ME"],
        ["Maryland", "Md.", "MD"],
        ["Massachusetts", "Mass.", "MA"],
        ["Michigan", "Mich.", "MI"],
        ["Minnesota", "Minn.", "MN"],
        ["Mississippi", "Miss.", "MS"],
        ["Missouri", "Mo.", "MO"],
        ["Montana", "Mont.", "MT"],
        ["Nebraska", "Neb.", "NE", "Nebr."],
        ["Nevada", "Nev.", "NV"],
        ["New Hampshire", "N.H.", "NH"],
        ["New Jersey", "N.J.", "NJ"],
        ["New Mexico", "N.M.", "NM", "N.Mex."],
        ["New York", "N.Y.", "NY"],
        ["North Carolina", "N.C.", "NC"],
        ["North Dakota", "N.D.", "ND", "N.Dak."],
        ["Ohio", "OH"],
        ["Oklahoma", "Okla.", "OK"],
        ["Oregon", "Ore.", "OR", "Oreg."],
        ["Pennsylvania", "Pa.", "PA", "Penn.", "Penna."],
        ["Rhode Island", "R.I.", "RI"],
        ["South Carolina", "S.C.", "SC"],
        ["South Dakota", "S.D.", "SD", "S.Dak."],
        ["Tennessee", "Tenn.", "TN"],
        ["Texas", "Tex.", "TX"],
        ["Utah", "UT"],
        ["Vermont", "Vt.", "VT"],
        ["Virginia", "Va.", "VA"],
        ["Washington", "Wash.", "WA"],
        ["West Virginia", "W.Va.", "WV", "W. Va."],
        ["Wisconsin", "Wis.", "WI", "Wisc."],
        ["Wyoming", "Wyo.", "WY"],
    ];

    /// <summary>Regions of other countries news names, each row one region: its full name first, then its
    /// abbreviations. NER names here were region features of the tagger.</summary>
    public static readonly HandRow[] OtherRegions =
    [
        new("CA", [], ["Ontario", "Ont."]),
        new("CA", [], ["Quebec", "Que."]),
        new("CA", [], ["British Columbia", "B.C."]),
        new("CA", [], ["Alberta", "Alta."]),
        new("CA", [], ["Manitoba", "Man."]),
        new("CA", [], ["Saskatchewan", "Sask."]),
        new("CA", [], ["Nova Scotia", "N.S."]),
        new("CA", [], ["New Brunswick", "N.B."]),
        new("CA", [], ["Newfoundland", "Nfld."]),
        new("CA", [], ["Newfoundland and Labrador"]),
        new("CA", [], ["Prince Edward Island", "P.E.I."]),
        new("CA", [], ["Yukon"]),
        new("CA", [], ["Northwest Territories", "N.W.T."]),
        new("CA", [], ["Nunavut"]),
        new("AU", [], ["New South Wales", "N.S.W.", "NSW"]),
        new("AU", [], ["Queensland", "Qld."]),
        new("AU", [], ["Tasmania", "Tas."]),
        new("AU", [], ["Western Australia", "W.A."]),
        new("AU", [], ["South Australia", "S.A."]),
        new("AU", [], ["Northern Territory", "N.T."]),
        new("PR", [], ["Puerto Rico", "P.R."]),
        new("GU", [], ["Guam"]),
        new("VI", [], ["U.S. Virgin Islands", "V.I."]),
        new("PS", ["West Bank"], []),
        new("PS", ["Gaza Strip", "Gaza"], []),
        new("XK", ["Kosovo"], []),
        new("RU", ["Chechnya"], []),
        new("RU", ["Siberia"], []),
    ];

    /// <summary>Country names and spellings the sources lack, or that must name this country and no other
    /// (<c>Congo</c> is the Democratic Republic of the Congo, as AP writes it; <c>Korea</c> is South Korea).</summary>
    public static readonly HandRow[] CountryAliases =
    [
        new("US", ["U.S.", "U.S.A.", "America", "United States", "US", "USA"], ["United States of America"]),
        new("GB", ["Britain", "U.K.", "UK", "England", "Scotland", "Wales", "Northern Ireland", "Great Britain"], ["United Kingdom", "N. Ireland"]),
        new("KR", ["S. Korea", "Korea"], ["South Korea", "Republic of Korea"]),
        new("KP", ["N. Korea"], ["North Korea"]),
        new("RU", ["Soviet Union", "USSR"], ["Russia", "U.S.S.R.", "Russian Federation", "Kremlin"]),
        new("DE", [], ["Germany", "West Germany", "East Germany"]),
        new("CZ", ["Czech Republic"], ["Czechia", "Czechoslovakia"]),
        new("CI", ["Ivory Coast"], ["Cote d'Ivoire", "Côte d'Ivoire"]),
        new("MM", ["Burma"], ["Myanmar"]),
        new("NL", ["Holland"], ["Netherlands", "The Netherlands"]),
        new("VA", ["Vatican"], ["Vatican City", "Holy See"]),
        new("MO", [], ["Macao", "Macau"]),
        new("CD", ["Congo"], ["Democratic Republic of Congo", "Democratic Republic of the Congo", "DR Congo", "Congo-Kinshasa"]),
        new("CG", [], ["Republic of Congo", "Congo-Brazzaville"]),
        new("PS", ["Palestine"], ["Palestinian Territories"]),
        new("AE", ["UAE", "U.A.E."], ["United Arab Emirates"]),
        new("SY", [], ["Syria"]),
        new("IR", [], ["Iran"]),
        new("LA", [], ["Laos"]),
        new("VN", [], ["Vietnam", "Viet Nam"]),
        new("TW", ["Taiwan"], []),
        new("CN", ["Mainland China"], []),
        new("HK", [], ["Hong Kong"]),
        new("BO", [], ["Bolivia"]),
        new("VE", [], ["Venezuela"]),
        new("TZ", [], ["Tanzania"]),
        new("MK", ["Macedonia"], ["North Macedonia"]),
        new("SZ", ["Swaziland"], ["Eswatini"]),
        new("TL", [], ["East Timor", "Timor-Leste"]),
        new("CV", ["Cape Verde"], ["Cabo Verde"]),
        new("FM", [], ["Micronesia"]),
        new("MD", [], ["Moldova"]),
        new("BN", [], ["Brunei"]),
        new("TR", ["Turkey"], ["Turkiye", "Türkiye"]),
    ];

    /// <summary>Demonyms the sources lack or give to a territory as well (<c>American</c>, <c>French</c> are the
    /// sovereign country's anyway: a demonym shared by several countries names the most populous).</summary>
    public static readonly HandRow[] Demonyms =
    [
        new("US", ["American", "Americans"], []),
        new("GB", ["British", "Briton", "Britons", "English", "Scottish", "Welsh", "Scot", "Scots"], []),
        new("CN", ["Chinese"], []),
        new("TW", ["Taiwanese"], []),
        new("JP", ["Japanese"], []),
        new("RU", ["Soviet"], []),
        new("NL", ["Dutch"], []),
        new("FR", ["French"], []),
        new("DE", ["German", "Germans"], []),
        new("IL", ["Israeli", "Israelis"], []),
        new("PS", ["Palestinian", "Palestinians"], []),
        new("SA", ["Saudi", "Saudis"], []),
        new("IR", ["Iranian"], []),
        new("IQ", ["Iraqi"], []),
        new("KR", ["South Korean"], []),
        new("KP", ["North Korean"], []),
        new("AF", ["Afghan"], []),
        new("PH", ["Filipino", "Philippine"], []),
        new("TH", ["Thai"], []),
        new("CH", ["Swiss"], []),
        new("BA", ["Bosnian", "Bosnians"], []),
        new("RS", ["Serb", "Serbs"], []),
        new("HR", ["Croat", "Croats"], []),
        new("AZ", ["Azeri"], []),
        new("PL", ["Pole", "Poles"], []),
    ];

    /// <summary>The AP Stylebook's stand-alone dateline cities (no state or country follows them), with their
    /// country, plus a few the Reuters and AFP wires use alone as well, and English and older spellings GeoNames
    /// lists under another name. Each row: country code, then cities.</summary>
    public static readonly string[][] StandAloneCities =
    [
        // US cities AP lets stand alone.
        ["US", "Atlanta", "Baltimore", "Boston", "Chicago", "Cincinnati", "Cleveland", "Dallas", "Denver",
            "Detroit", "Honolulu", "Houston", "Indianapolis", "Las Vegas", "Los Angeles", "Miami", "Milwaukee",
            "Minneapolis", "New Orleans", "New York", "Oklahoma City", "Philadelphia", "Phoenix", "Pittsburgh",
            "St. Louis", "Salt Lake City", "San Antonio", "San Diego", "San Francisco", "Seattle", "Washington",
            "Anchorage", "Kansas City"],
        ["NL", "Amsterdam", "The Hague", "Rotterdam"],
        ["IQ", "Baghdad"],
        ["TH", "Bangkok"],
        ["CN", "Beijing", "Shanghai", "Peking"],
        ["LB", "Beirut"],
        ["DE", "Berlin", "Munich", "Frankfurt", "Bonn", "Hamburg"],
        ["BE", "Brussels"],
        ["EG", "Cairo"],
        ["DJ", "Djibouti"],
        ["IE", "Dublin"],
        ["CH", "Geneva", "Zurich", "Bern", "Berne"],
        ["GI", "Gibraltar"],
        ["GT", "Guatemala City"],
        ["CU", "Havana"],
        ["FI", "Helsinki"],
        ["HK", "Hong Kong"],
        ["PK", "Islamabad", "Karachi"],
        ["TR", "Istanbul", "Ankara"],
        ["IL", "Jerusalem", "Tel Aviv"],
        ["ZA", "Johannesburg"],
        ["AF", "Kabul"],
        ["KW", "Kuwait City"],
        ["GB", "London"],
        ["LU", "Luxembourg"],
        ["MO", "Macao", "Macau"],
        ["ES", "Madrid"],
        ["IT", "Milan", "Rome"],
        ["MC", "Monaco"],
        ["CA", "Montreal", "Ottawa", "Quebec City", "Toronto"],
        ["RU", "Moscow"],
        ["IN", "New Delhi", "Mumbai"],
        ["PA", "Panama City"],
        ["FR", "Paris"],
        ["BR", "Rio de Janeiro", "Sao Paulo", "Brasilia"],
        ["SM", "San Marino"],
        ["SG", "Singapore"],
        ["SE", "Stockholm"],
        ["AU", "Sydney", "Melbourne"],
        ["JP", "Tokyo"],
        ["VA", "Vatican City"],
        ["AT", "Vienna"],
        ["MX", "Mexico City"],
        ["TW", "Taipei"],
        ["KR", "Seoul"],
        ["PH", "Manila"],
        ["ID", "Jakarta"],
        ["MY", "Kuala Lumpur"],
        ["AR", "Buenos Aires"],
        ["NZ", "Wellington"],
        ["BH", "Bahrain"],
        ["KW", "Kuwait"],

        // English and older spellings GeoNames lists under another name.
        ["DE", "Cologne", "Nuremberg", "Hanover", "Dusseldorf", "Duesseldorf"],
        ["CH", "Basle", "Basel", "Berne"],
        ["IT", "Turin", "Florence", "Naples", "Venice", "Genoa"],
        ["PT", "Lisbon"],
        ["CZ", "Prague"],
        ["PL", "Warsaw"],
        ["DK", "Copenhagen"],
        ["GR", "Athens"],
        ["UA", "Kyiv", "Kiev"],
        ["BE", "Antwerp"],
        ["SE", "Gothenburg"],
        ["IN", "Bombay", "Calcutta", "Madras"],
        ["VN", "Saigon", "Hanoi"],
        ["MM", "Rangoon"],
        ["US", "United Nations"],
    ];

    /// <summary>World regions: they name no country. The first <see cref="ScoredWorldRegions"/> are the regions the
    /// region scorer reports (a country's continent, Middle East, Latin America); all of them were region features
    /// of the NER tagger.</summary>
    public static readonly string[] WorldRegions =
    [
        "Africa", "Asia", "Europe", "North America", "South America", "Oceania", "Antarctica", "Middle East", "Latin America",
        "Caribbean", "Balkans", "Gulf", "Persian Gulf", "Pacific", "Atlantic", "Mediterranean", "Scandinavia",
        "Central America", "Southeast Asia", "East Asia", "Central Asia", "Kashmir",
    ];

    /// <summary>How many of <see cref="WorldRegions"/> are reported by the region scorer.</summary>
    public const int ScoredWorldRegions = 9;

    /// <summary>GeoNames continent code → world region name.</summary>
    public static readonly Dictionary<string, string> Continents = new(StringComparer.Ordinal)
    {
        ["AF"] = "Africa", ["AS"] = "Asia", ["EU"] = "Europe", ["NA"] = "North America", ["SA"] = "South America",
        ["OC"] = "Oceania", ["AN"] = "Antarctica",
    };

    /// <summary>The Middle East (hand-made): the Gulf, the Levant, Iran, Iraq, Turkey, Yemen and Egypt.</summary>
    public static readonly HashSet<string> MiddleEast =
        new(["AE", "BH", "EG", "IL", "IQ", "IR", "JO", "KW", "LB", "OM", "PS", "QA", "SA", "SY", "TR", "YE"], StringComparer.Ordinal);
}
