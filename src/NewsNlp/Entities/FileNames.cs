namespace NewsNlp;

/// <summary>File names, which name no person, organization or place: "Lisa_resume.doc", "HeatingOilStocks.pdf",
/// "TEXT.htm" (the tagger, trained on news, reads a capitalized one as a person in e-mail and web text).</summary>
internal static class FileNames
{
    private static readonly WordSet s_extensions = WordSet.Create(WordCasing.IgnoreCase,
        ["doc", "docx", "pdf", "htm", "html", "txt", "rtf", "xls", "xlsx", "csv", "ppt", "pptx", "jpg", "jpeg", "png", "gif",
         "zip", "xml", "mp3", "mp4", "wav", "exe"]);

    /// <summary>Whether <paramref name="word"/> is a file name: a letter or digit, a period and a file extension.</summary>
    public static bool IsFileName(ReadOnlySpan<char> word)
    {
        int dot = word.LastIndexOf('.');
        return dot > 0 && char.IsLetterOrDigit(word[dot - 1]) && s_extensions.Contains(word[(dot + 1)..]);
    }

    /// <summary>Untags every tagged name of <paramref name="d"/> with a file name in it (the tag-level form of the
    /// mention rule, for the pre-tokenized tagging API).</summary>
    /// <param name="d">The tagged document.</param>
    /// <param name="tags">Its tags (<see cref="NerTagger.TagNames"/>), changed in place.</param>
    public static void Untag(NerDocument d, byte[] tags)
    {
        foreach ((int first, int end, _) in MentionBuilder.TagRuns(d, tags))
        {
            for (int i = first; i < end; i++)
            {
                if (IsFileName(d.Word(i)))
                {
                    Array.Clear(tags, first, end - first);
                    break;
                }
            }
        }
    }
}
