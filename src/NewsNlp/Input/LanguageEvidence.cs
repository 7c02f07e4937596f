namespace NewsNlp;

/// <summary>Tells the language of an article from the opening of its text layer: the script of its letters, then,
/// for Latin script, whose function words its words are (<see cref="LanguageWords"/>).</summary>
internal static class LanguageEvidence
{
    /// <summary>What the opening words say.</summary>
    /// <param name="Language">The language told, or <see cref="DetectedLanguage.Unknown"/>.</param>
    /// <param name="IsEnglish">Whether the input is read as English: told so, or with no evidence against it.</param>
    /// <param name="Words">The words read (at most <see cref="InputRules.MaxLanguageWords"/>).</param>
    public readonly record struct Verdict(DetectedLanguage Language, bool IsEnglish, int Words);

    /// <summary>Reads the language evidence of <paramref name="article"/>.</summary>
    public static Verdict Read(ArticleText article)
    {
        Span<int> hits = stackalloc int[LanguageWords.Codes.Length];
        Span<int> scripts = stackalloc int[(int)Script.Count];
        hits.Clear(); // the assembly skips zeroing locals, stackalloc included
        scripts.Clear();
        int words = 0;
        int letters = 0;
        string text = article.Text;
        Token[] tokens = article.Tokens;
        for (int i = 0; i < tokens.Length && words < InputRules.MaxLanguageWords && letters < InputRules.MaxScriptLetters; i++)
        {
            ReadOnlySpan<char> token = text.AsSpan(tokens[i].Start, tokens[i].Length);
            foreach (char c in token)
            {
                if (char.IsLetter(c))
                {
                    scripts[(int)ScriptOf(c)]++;
                    letters++;
                }
            }

            if (!article.Has(i, TokenFlags.Word))
            {
                continue;
            }

            words++;
            if (token.Length <= InputRules.MaxFunctionWordLength && LanguageWords.Masks.TryGetValue(token, out int mask))
            {
                for (int language = 0; mask != 0; language++, mask >>= 1)
                {
                    hits[language] += mask & 1;
                }
            }
        }

        return Decide(hits, scripts, words, letters);
    }

    private static Verdict Decide(ReadOnlySpan<int> hits, ReadOnlySpan<int> scripts, int words, int letters)
    {
        if (letters == 0)
        {
            return new Verdict(DetectedLanguage.Unknown, true, words);
        }

        Script dominant = Script.Latin;
        for (int s = 1; s < scripts.Length; s++)
        {
            if (scripts[s] > scripts[(int)dominant])
            {
                dominant = (Script)s;
            }
        }

        int foreignLetters = letters - scripts[(int)Script.Latin];
        if (foreignLetters >= letters * InputRules.MinForeignScriptShare)
        {
            string? code = CodeOf(dominant, scripts);
            double share = (double)scripts[(int)dominant] / letters;
            return new Verdict(code is null ? DetectedLanguage.Unknown : new DetectedLanguage(code, Math.Round(share, 4)), false, words);
        }

        if (words < InputRules.MinLanguageWords)
        {
            return new Verdict(DetectedLanguage.Unknown, true, words);
        }

        int best = LanguageWords.English;
        for (int language = 1; language < hits.Length; language++)
        {
            if (hits[language] > hits[best])
            {
                best = language;
            }
        }

        int english = hits[LanguageWords.English];
        if (best != LanguageWords.English && hits[best] >= words * InputRules.MinForeignWordShare)
        {
            return new Verdict(new DetectedLanguage(LanguageWords.Codes[best], Share(hits[best], english)), false, words);
        }

        if (english == 0)
        {
            // No evidence either way (a table of figures, a list of names): read as English, language not told.
            return new Verdict(DetectedLanguage.Unknown, true, words);
        }

        int rival = 0;
        for (int language = 1; language < hits.Length; language++)
        {
            rival = Math.Max(rival, hits[language]);
        }

        return new Verdict(new DetectedLanguage("en", Share(english, rival)), true, words);
    }

    /// <summary>The share of the evidence for one language against its strongest rival, smoothed so that a few
    /// words are never certain: 30 English function words against 2 German ones give 0.91.</summary>
    private static double Share(int hits, int rival) => Math.Round((hits + 1.0) / (hits + rival + 2.0), 4);

    private static string? CodeOf(Script script, ReadOnlySpan<int> scripts) => script switch
    {
        Script.Han => scripts[(int)Script.Kana] > 0 ? "ja" : "zh",
        Script.Kana => "ja",
        Script.Hangul => "ko",
        Script.Greek => "el",
        Script.Hebrew => "he",
        Script.Thai => "th",
        Script.Georgian => "ka",
        Script.Armenian => "hy",
        _ => null, // Cyrillic, Arabic, Devanagari and others: many languages share the script.
    };

    private static Script ScriptOf(char c) => c switch
    {
        < '\u0250' => Script.Latin,
        >= '\u1E00' and <= '\u1EFF' => Script.Latin,
        >= '\u0370' and <= '\u03FF' => Script.Greek,
        >= '\u0530' and <= '\u058F' => Script.Armenian,
        >= '\u0590' and <= '\u05FF' => Script.Hebrew,
        >= '\u0E00' and <= '\u0E7F' => Script.Thai,
        >= '\u10A0' and <= '\u10FF' => Script.Georgian,
        >= '\u1100' and <= '\u11FF' => Script.Hangul,
        >= '\u3040' and <= '\u30FF' => Script.Kana,
        >= '\u3400' and <= '\u4DBF' => Script.Han,
        >= '\u4E00' and <= '\u9FFF' => Script.Han,
        >= '\uAC00' and <= '\uD7AF' => Script.Hangul,
        _ => Script.Other,
    };

    private enum Script
    {
        Latin,
        Greek,
        Armenian,
        Hebrew,
        Thai,
        Georgian,
        Hangul,
        Kana,
        Han,
        Other,
        Count,
    }
}
