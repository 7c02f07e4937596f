using System.Collections.Frozen;

namespace NewsNlp.ModelBuilder;

/// <summary>Seed lexicons per IPTC top-level subject, written from IPTC's own definitions of each subject and its
/// main children (e.g. 16000000 "conflict, war and peace": acts of terrorism, armed conflict, coup, massacre, peace
/// process, war…). Used at training time only, to relabel AG News "World" rows that are clearly about another subject
/// (conflict, crime, disaster, health…); since issue 17 the shipped subjects are the calibrated model's alone (the
/// run-time blend was dropped: the 17-subject data made it unnecessary, and scoring is faster without it).</summary>
internal static class TopicLexicon
{
    /// <summary>Longest phrase in words.</summary>
    private const int MaxPhraseWords = 3;

    // Index-aligned with IptcSubjects. Phrases of up to three words, lower case, separated by '|'.
    private static readonly string[] s_seeds =
    [
        // 01 arts, culture, entertainment and media
        "film|films|movie|movies|actor|actors|actress|album|albums|singer|singers|band|concert|concerts|musician|musicians|music|theatre|theater|"
        + "novel|novelist|artist|artists|gallery|museum|exhibition|oscar|oscars|grammy|grammys|box office|hollywood|bollywood|tv series|television series|"
        + "celebrity|comedy|drama|opera|ballet|painting|paintings|sculpture|poet|poetry|literature|dancer|rapper|premiere|soundtrack|sitcom|"
        + "screenplay|film festival|director's|documentary|bafta|baftas|emmy|emmys|cinema|cinemas|box-office|musical|orchestra|pop star|rock band|"
        + "record label|best actor|best actress|author|books|bestseller|broadcaster|newspaper|magazine|journalism|tv show|channel 4|bbc one|stage show",
        // 02 crime, law and justice
        "police|arrested|arrest|arrests|charged|court|courts|trial|judge|judges|jury|prison|prisons|jail|jailed|sentenced|murder|murders|murdered|"
        + "robbery|theft|fraud|crime|crimes|criminal|criminals|lawsuit|prosecutor|prosecutors|convicted|conviction|guilty|verdict|suspect|suspects|"
        + "lawyer|lawyers|attorney|supreme court|law enforcement|detective|detectives|smuggling|drug trafficking|corruption|bribery|homicide|stabbing|"
        + "kidnapping|kidnapped|gang|gangs|indicted|indictment|bail|testimony|defendant|defendants|plaintiff|sued|prosecution|acquitted|"
        + "manslaughter|burglary|offender|offenders|felony|misdemeanor|police officer|police officers|inmates|parole|custody|extradition|"
        + "money laundering|court ruling|high court|appeals court|legal action|class action",
        // 03 disaster, accident and emergency incident
        "earthquake|quake|flood|floods|flooding|hurricane|typhoon|cyclone|tsunami|wildfire|wildfires|blaze|explosion|crash|crashed|accident|"
        + "accidents|derailed|derailment|landslide|landslides|avalanche|volcano|eruption|famine|rescue|rescuers|rescued|survivors|death toll|"
        + "emergency services|evacuated|evacuation|disaster|disasters|plane crash|shipwreck|capsized|stampede|injured|firefighters|"
        + "collapsed|magnitude|aftershock|aftershocks|debris|rubble|relief workers|humanitarian aid|red cross|search and rescue|fatalities|"
        + "ferry|sank|mudslide|fire brigade|emergency workers",
        // 04 economy, business and finance
        "economy|economic|economies|market|markets|shares|stock|stocks|investors|investor|profit|profits|revenue|revenues|earnings|company|"
        + "companies|firm|firms|bank|banks|banking|inflation|interest rates|interest rate|gdp|trade deficit|exports|imports|tariff|tariffs|"
        + "prices|oil prices|currency|business|businesses|merger|acquisition|takeover|ceo|chief executive|quarter|quarterly|sales|retail|retailer|"
        + "debt|loan|loans|bonds|dividend|shareholders|stock market|wall street|nasdaq|dow jones|ftse|central bank|federal reserve|"
        + "analysts|forecast growth|fiscal|recession|consumer spending|manufacturing|commodity|commodities|crude|barrels|opec|euro|yen|"
        + "sterling|dollar|dollars|billion|pre-tax|operating profit|net income|per share|bid|stake|subsidiary|insurer|airline|telecoms",
        // 05 education
        "school|schools|pupils|pupil|students|student|teacher|teachers|university|universities|college|colleges|education|educational|exam|exams|"
        + "curriculum|classroom|classrooms|tuition|tuition fees|graduates|graduate|campus|headteacher|headteachers|kindergarten|scholarship|"
        + "scholarships|academic|literacy|enrolment|enrollment|lecturer|lecturers|school board|higher education|primary school|secondary school|"
        + "high school|grades|schooling|teaching|a-levels|gcse|gcses|degree courses",
        // 06 environment
        "climate|climate change|global warming|emissions|carbon|carbon dioxide|pollution|polluted|environmental|environment|greenhouse|"
        + "greenhouse gases|wildlife|species|endangered|conservation|deforestation|forest|forests|biodiversity|recycling|renewable|"
        + "renewable energy|solar power|wind power|fossil fuels|ecosystem|ecosystems|habitat|habitats|extinction|plastic waste|toxic|ozone|"
        + "coral|coral reef|environmentalists|greenpeace|kyoto|kyoto protocol|sustainability|sustainable|nature reserve|oil spill|"
        + "conservationists|climate summit|net zero|sea levels",
        // 07 health
        "health|hospital|hospitals|patients|patient|doctor|doctors|disease|diseases|virus|vaccine|vaccines|vaccination|cancer|medical|"
        + "medicine|medicines|treatment|infection|infections|infected|epidemic|pandemic|outbreak|covid|covid-19|flu|influenza|hiv|aids|malaria|"
        + "nurses|nurse|surgery|surgeon|surgeons|diabetes|obesity|mental health|symptoms|clinic|clinics|clinical|healthcare|health care|"
        + "bird flu|sars|ebola|cholera|tuberculosis|nhs|heart disease|drugs trial|pharmaceutical|illness|illnesses|dementia|alzheimer's|"
        + "world health organization|public health|death rate|smoking|transplant|antibiotics|immune",
        // 08 human interest
        "animal|animals|zoo|panda|pet|pets|birthday|anniversary|wedding|bride|royal|royals|prince|princess|duchess|lottery|jackpot|oldest|"
        + "quirky|heartwarming|reunited|centenarian|twins|world record|guinness|celebrations|fans queued|eccentric|odd",
        // 09 labour
        "workers|worker|union|unions|strike|strikes|striking|wages|wage|employment|unemployment|jobs|jobless|employees|employers|layoffs|"
        + "labor|pension|pensions|minimum wage|collective bargaining|walkout|trade union|trade unions|payroll|workforce|redundancies|overtime|"
        + "job cuts|job losses|labour market|labor market|retirement age|industrial action|picket|unemployment rate|staff cuts",
        // 10 lifestyle and leisure
        "travel|tourism|tourists|tourist|holiday|holidays|vacation|recipe|recipes|food|restaurant|restaurants|chef|chefs|cooking|wine|fashion|"
        + "hobby|gardening|fitness|leisure|hotel|hotels|shopping|lifestyle|diet|beauty|cuisine|cruise|resort|resorts|camping|designer|"
        + "catwalk|holidaymakers|dining|gourmet",
        // 11 politics
        "government|governments|minister|ministers|president|presidential|parliament|parliamentary|election|elections|vote|votes|voters|"
        + "political|politician|politicians|prime minister|senate|senator|senators|congress|congressional|lawmakers|legislation|diplomatic|"
        + "diplomacy|diplomats|diplomat|foreign minister|secretary of state|ambassador|embassy|summit|bilateral|campaign|opposition|mp|mps|"
        + "tory|tories|labour party|conservatives|liberal democrats|democrats|republicans|referendum|cabinet|governor|mayor|sovereignty|"
        + "foreign ministry|state department|white house|kremlin|downing street|chancellor|policy|policies|foreign policy|relations|"
        + "election campaign|ballot|manifesto|coalition|party leader|home secretary|foreign secretary|bill|reforms|constitution|"
        + "constitutional|premier|ruling party|talks|negotiations|envoy|visit|counterpart|officials|administration|regime|un security council",
        // 12 religion
        "church|churches|religious|religion|pope|vatican|bishop|bishops|priest|priests|muslim|muslims|islam|islamic|christian|christians|"
        + "christianity|jewish|judaism|hindu|hindus|buddhist|buddhists|mosque|mosques|temple|temples|synagogue|faith|clergy|archbishop|imam|"
        + "prayer|prayers|pilgrims|pilgrimage|ramadan|easter|catholic|catholics|protestant|theology|worship|sect|monks|nuns|cardinal|"
        + "congregation|bible|koran|quran|sermon|diocese",
        // 13 science and technology
        "technology|technologies|tech|software|internet|computer|computers|scientists|scientist|research|researchers|space|nasa|satellite|"
        + "satellites|rocket|mobile|mobiles|phone|phones|smartphone|microsoft|google|online|digital|broadband|chip|chips|microchips|"
        + "semiconductor|artificial intelligence|robot|robots|physics|biology|genetic|dna|laboratory|experiment|innovation|gadget|gadgets|"
        + "hackers|cyber|web|website|websites|data|users|download|downloads|wireless|processor|spam|virus writers|browser|telescope|"
        + "astronomers|spacecraft|orbit|genome|engineers|scientific|e-mail|email|video games|gaming|console|consoles|apple|ibm|intel|linux",
        // 14 society
        "poverty|homeless|homelessness|immigration|immigrants|migrants|migrant|refugees|asylum|discrimination|racism|equality|gender|"
        + "welfare|social|community|communities|charity|charities|population|census|families|gay|lgbt|same-sex|abortion|disability|"
        + "disabled|elderly|minority|minorities|human rights|civil rights|volunteers|social services|child care|childcare|inequality|"
        + "poor|women's rights|marriage|divorce|youth|teenagers|asylum seekers|social security",
        // 15 sport
        "match|matches|team|teams|season|league|cup|championship|championships|coach|player|players|goal|goals|scored|tournament|football|"
        + "soccer|cricket|rugby|tennis|golf|olympic|olympics|athletics|striker|midfielder|goalkeeper|innings|wicket|wickets|quarter-final|"
        + "semi-final|medal|medals|champions|club|clubs|stadium|premiership|nba|nfl|baseball|basketball|hockey|boxing|marathon|sprint|"
        + "grand slam|world cup|champion|defender|manager|fixture|injury|squad|captain|score|halftime|half-time|seeded|seed|sprinter|"
        + "race|racing|formula one|grand prix|test match|runs|wimbledon|uefa|fifa|coach's|title|victory|win|beat|draw|points",
        // 16 conflict, war and peace
        "war|wars|military|troops|soldiers|army|attack|attacks|bomb|bombing|bombings|bombs|missile|missiles|invasion|invaded|conflict|conflicts|"
        + "fighting|rebels|rebel|insurgents|insurgency|militants|militant|terrorism|terrorist|terrorists|ceasefire|cease-fire|peace talks|"
        + "peacekeepers|peacekeeping|peace|weapons|nuclear weapons|airstrike|airstrikes|air strike|air strikes|shelling|artillery|guerrillas|"
        + "guerrilla|clashes|violence|security forces|hostages|hostage|spy|spies|espionage|armed|arms|defence|defense|tensions|coup|"
        + "occupation|gunmen|suicide bomber|navy|warship|warships|warplanes|nato|threat|threats|killed|security|territory|territorial|"
        + "military exercises|drills|balloon|surveillance|deterrence|aggression|hostilities|truce|massacre|genocide|militia|militias|"
        + "pentagon|taliban|al qaeda|al-qaeda|hamas|hezbollah|separatists|annexation|offensive|casualties",
        // 17 weather
        "weather|forecast|forecasters|rain|rainfall|snow|snowfall|storm|storms|temperatures|temperature|heatwave|heat wave|cold snap|frost|"
        + "winds|drought|monsoon|meteorological|meteorologists|sunshine|showers|thunderstorms|fog|hail|blizzard|celsius|fahrenheit|humidity|"
        + "tornado|tornadoes|met office|national weather service|degrees celsius|heavy rain|gusts|freezing|icy",
    ];

    /// <summary>Phrase hash (words hashed by <see cref="FeatureHash.LowerKeepDigits"/>, combined in order) to the bit
    /// mask of the subjects it is a seed of.</summary>
    private static readonly FrozenDictionary<ulong, int> s_terms = BuildTerms();

    /// <summary>Counts seed-phrase hits per subject in <paramref name="text"/>, a string given without its article
    /// (training): see <see cref="Count(ReadOnlySpan{char}, ReadOnlySpan{TopicWord}, Span{float}, Span{int})"/>.</summary>
    public static int Count(string text, Span<float> hits, Span<int> distinct)
    {
        using TopicWordBuffer words = TopicWords.Of(text);
        return Count(text, words.Words, hits, distinct);
    }

    /// <summary>Counts seed-phrase hits per subject in the words of a text (at each word the longest phrase ending
    /// there counts) and returns the number of words read.</summary>
    /// <param name="text">The text the words are spans of.</param>
    /// <param name="topicWords">Its words.</param>
    /// <param name="hits">Receives the hit count per subject; length <see cref="IptcSubjects.Count"/>.</param>
    /// <param name="distinct">Receives the number of distinct phrases matched per subject, or empty to skip.</param>
    /// <returns>The number of words read.</returns>
    public static int Count(ReadOnlySpan<char> text, ReadOnlySpan<TopicWord> topicWords, Span<float> hits, Span<int> distinct)
    {
        hits.Clear();
        distinct.Clear();
        Span<ulong> window = stackalloc ulong[MaxPhraseWords]; // hashes of the last words, oldest first
        HashSet<(int, ulong)>? seen = distinct.IsEmpty ? null : [];
        int words = 0;
        int count = 0; // words currently in the window
        foreach (TopicWord tw in topicWords)
        {
            ReadOnlySpan<char> word = text.Slice(tw.Start, tw.Length);
            if (word.IndexOfAnyInRange('0', '9') < 0 || CharScan.ContainsLetter(word))
            {
                words++;
            }

            if (tw.Break)
            {
                count = 0;
            }

            if (count == MaxPhraseWords)
            {
                window[1..].CopyTo(window);
                count--;
            }

            window[count++] = FeatureHash.LowerKeepDigits(word);

            // Try the longest phrase ending at this word, then shorter ones.
            for (int n = count; n >= 1; n--)
            {
                ulong key = window[count - n];
                for (int k = count - n + 1; k < count; k++)
                {
                    key = FeatureHash.Combine(key, window[k]);
                }

                if (s_terms.TryGetValue(key, out int mask))
                {
                    for (int c = 0; c < IptcSubjects.Count; c++)
                    {
                        if ((mask & (1 << c)) != 0)
                        {
                            hits[c] += 1f;
                            if (seen is not null && seen.Add((c, key)))
                            {
                                distinct[c]++;
                            }
                        }
                    }

                    break;
                }
            }
        }

        return words;
    }

    /// <summary>Turns hit counts into evidence in [0, 1) per subject, normalised by length so that a short text
    /// with one hit and a long one with several weigh alike.</summary>
    public static void ToEvidence(ReadOnlySpan<float> hits, int words, Span<float> evidence)
    {
        float scale = 2f + (words / 120f);
        for (int c = 0; c < hits.Length; c++)
        {
            evidence[c] = 1f - MathF.Exp(-hits[c] / scale);
        }
    }

    private static FrozenDictionary<ulong, int> BuildTerms()
    {
        var map = new Dictionary<ulong, int>();
        for (int c = 0; c < s_seeds.Length; c++)
        {
            foreach (string term in s_seeds[c].Split('|'))
            {
                ulong key = 0;
                bool first = true;
                foreach (string w in term.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    ulong h = FeatureHash.LowerKeepDigits(w);
                    key = first ? h : FeatureHash.Combine(key, h);
                    first = false;
                }

                map[key] = map.GetValueOrDefault(key) | (1 << c);
            }
        }

        return map.ToFrozenDictionary();
    }
}
