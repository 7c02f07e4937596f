namespace NewsNlp;

/// <summary>The commonest function words of English and of the Latin-script languages news most often arrives in,
/// by which <see cref="LanguageEvidence"/> tells them apart. Each language's words are listed once; a word two
/// languages share (<c>de</c>, <c>la</c>, <c>in</c>) counts for both.</summary>
/// <remarks>English is the closed-class words of <see cref="FunctionWords"/> (not its name particles,
/// interjections or contractions), so the English list lives in one place. The other lists are each language's
/// articles, pronouns, prepositions, conjunctions and auxiliaries from frequency lists, leaving out words that are
/// common English words or names (<c>war</c>, <c>also</c>, <c>met</c>, <c>son</c>, <c>as</c>, <c>do</c>, <c>no</c>,
/// <c>come</c>, <c>door</c>, <c>man</c>, <c>am</c>, <c>Dan</c>, <c>Al</c>, <c>EU</c>, <c>ADA</c>) so that English text does
/// not score for them.</remarks>
internal static class LanguageWords
{
    /// <summary>The ISO 639-1 code of each language, by its index in the masks (English first).</summary>
    public static readonly string[] Codes = ["en", "de", "es", "fr", "it", "pt", "nl", "id"];

    /// <summary>The index of English in <see cref="Codes"/>.</summary>
    public const int English = 0;

    private static readonly string[] s_foreign =
    [
        // German
        "der die und den von zu das mit sich des auf für ist im dem nicht ein eine als auch es er dass sie nach wird "
            + "bei einer um sind noch wie einem über einen zum haben nur oder aber vor zur bis mehr durch sein wurde "
            + "sei ihre ihr werden wir ich habe kann",

        // Spanish
        "de la que el en y los del se las por un para con una su lo como más pero sus le ya o fue este ha porque esta "
            + "entre cuando muy sin sobre también hasta hay donde desde todo nos durante ni contra otros ese eso ante "
            + "ellos esto antes algunos qué unos yo otro otras otra él tanto esa estos mucho nada muchos cual poco ella "
            + "estar estas algo es",

        // French
        "de la le et les des en un du une que est pour qui dans par pas au sur ne se il sont avec ce ses elle été "
            + "mais ou aux cette comme nous vous ils leur lui sa même être avait fait peut tout très",

        // Italian
        "di e il la che in per un del non è una sono le si con da dei della lo gli ha alla nel più anche ma delle "
            + "nella questo essere stato suo sua loro dal degli sul tra hanno ci",

        // Portuguese
        "de o que e da em um para é com não uma os se na por mais dos como mas foi ao ele das tem à seu sua ou ser "
            + "quando muito nos já está também só pelo pela até isso ela entre depois sem mesmo aos",

        // Dutch
        "de van het een en in is dat op te zijn voor niet aan er die maar ook als bij om nog wordt uit over naar "
            + "heeft werd hij ze zij wij ik worden kan tot zal deze",

        // Indonesian
        "yang dan di ini itu dengan untuk tidak dari dalam akan pada juga ke karena oleh mereka kami sudah atau saat "
            + "bisa telah",
    ];

    private static readonly FunctionWordKinds s_englishKinds =
        FunctionWordKinds.Determiner | FunctionWordKinds.Pronoun | FunctionWordKinds.Wh | FunctionWordKinds.Preposition
        | FunctionWordKinds.Conjunction | FunctionWordKinds.Auxiliary | FunctionWordKinds.Negation;

    /// <summary>Gets each function word with the languages it belongs to, one bit per language of <see cref="Codes"/>.</summary>
    public static WordTable<int> Masks { get; } = Build();

    private static WordTable<int> Build()
    {
        var masks = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach ((string word, FunctionWordKinds kinds) in FunctionWords.Words.Entries)
        {
            if ((kinds & s_englishKinds) != 0)
            {
                masks[word] = 1 << English;
            }
        }

        for (int language = 0; language < s_foreign.Length; language++)
        {
            foreach (string word in s_foreign[language].Split(' '))
            {
                masks[word] = masks.GetValueOrDefault(word) | (1 << (language + 1));
            }
        }

        var entries = new (string Word, int Value)[masks.Count];
        int i = 0;
        foreach (KeyValuePair<string, int> pair in masks)
        {
            entries[i++] = (pair.Key, pair.Value);
        }

        return new WordTable<int>(WordCasing.IgnoreCase, entries);
    }
}
