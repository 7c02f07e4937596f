namespace NewsNlp.Cli;

/// <summary><c>newsnlp ner --conll</c>: tags CoNLL-style token lines (see CONTRACT.md). Reads one document at a
/// time (documents end at <c>-DOCSTART-</c>), so memory is bounded by the largest document.</summary>
internal static class NerCommand
{
    private const int MaxDocumentWords = 100_000;
    private const int MaxSentenceWords = 5_000;

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        if (Array.IndexOf(args, "--conll") < 0)
        {
            stderr.WriteLine("usage: newsnlp ner --conll [FILE]  (CoNLL token lines in, TOKEN<TAB>IOB2-TAG out)");
            return 2;
        }

        string? path = null;
        for (int i = 1; i < args.Length; i++)
        {
            if (args[i] != "--conll" && args[i] != "-")
            {
                path = args[i];
            }
        }

        if (path is null)
        {
            return Tag(stdin, stdout, stderr);
        }

        using var file = new StreamReader(path);
        return Tag(file, stdout, stderr);
    }

    private static int Tag(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        NewsAnalyzer analyzer = NewsAnalyzer.Default;
        var sentences = new List<IReadOnlyList<string>>();
        var sentence = new List<string>();
        var layout = new List<string?>(); // null = a token line; otherwise a line written as is
        int words = 0;
        int documents = 0;
        string? line;
        while ((line = stdin.ReadLine()) is not null)
        {
            ReadOnlySpan<char> trimmed = line.AsSpan().Trim();
            if (trimmed.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                EndSentence(sentences, sentence);
                Flush(analyzer, sentences, layout, stdout);
                words = 0;
                documents++;
                stdout.WriteLine(line);
                continue;
            }

            if (trimmed.IsEmpty)
            {
                EndSentence(sentences, sentence);
                layout.Add(string.Empty);
                if (words >= MaxDocumentWords)
                {
                    Flush(analyzer, sentences, layout, stdout);
                    words = 0;
                }

                continue;
            }

            int end = trimmed.IndexOfAny(' ', '\t');
            sentence.Add((end < 0 ? trimmed : trimmed[..end]).ToString());
            layout.Add(null);
            words++;
            if (sentence.Count >= MaxSentenceWords)
            {
                EndSentence(sentences, sentence);
            }

            if (words >= 2 * MaxDocumentWords)
            {
                EndSentence(sentences, sentence);
                Flush(analyzer, sentences, layout, stdout);
                words = 0;
            }
        }

        EndSentence(sentences, sentence);
        Flush(analyzer, sentences, layout, stdout);
        stdout.Flush();
        stderr.WriteLine($"newsnlp ner: {documents} documents");
        return 0;
    }

    private static void EndSentence(List<IReadOnlyList<string>> sentences, List<string> sentence)
    {
        if (sentence.Count > 0)
        {
            sentences.Add(sentence.ToArray());
            sentence.Clear();
        }
    }

    private static void Flush(NewsAnalyzer analyzer, List<IReadOnlyList<string>> sentences, List<string?> layout, TextWriter stdout)
    {
        IReadOnlyList<IReadOnlyList<string>> tags = sentences.Count > 0 ? analyzer.TagDocument(sentences) : [];
        int s = 0;
        int w = 0;
        foreach (string? raw in layout)
        {
            if (raw is not null)
            {
                stdout.WriteLine(raw);
                continue;
            }

            while (w >= sentences[s].Count)
            {
                s++;
                w = 0;
            }

            stdout.Write(sentences[s][w]);
            stdout.Write('\t');
            stdout.WriteLine(tags[s][w]);
            w++;
        }

        sentences.Clear();
        layout.Clear();
    }
}
