namespace NewsNlp.Cli;

/// <summary><c>newsnlp extract</c>: the article text of news pages (see CONTRACT.md).</summary>
internal static class ExtractCommand
{
    public const string Usage = """
          newsnlp extract [--format text|json] FILE.html|-                the article text of one page (headline first,
                                                                          paragraphs separated by blank lines)
          newsnlp extract --input jsonl [--format jsonl] [--html-key KEY] [--id-key KEY] [FILE|-]
                one {"id","html"} object per line in; one {"id","text","headline","authors","published","publisher",
                "url","section"} per line out, same order (metadata null when the page states none)
        """;

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var opts = CliOptions.Parse(args, ["--format", "--input", "--html-key", "--id-key"], []);
        string input = opts.Get("--input") ?? "html";
        string format = opts.Get("--format") ?? (input == "jsonl" ? "jsonl" : "text");
        if (input == "jsonl")
        {
            if (format != "jsonl")
            {
                throw new UsageException("--input jsonl needs --format jsonl");
            }

            using TextReader reader = opts.OpenInput(stdin);
            return JsonLines.Process(reader, stdout, stderr, static (id, html, writer) => HtmlExtractor.Extract(html).WriteJson(writer, id),
                textKey: opts.Get("--html-key") ?? "html", idKey: opts.Get("--id-key") ?? "id");
        }

        if (input != "html")
        {
            throw new UsageException($"unknown --input '{input}' (html or jsonl)");
        }

        if (opts.Positional.Count != 1)
        {
            throw new UsageException("extract takes one FILE.html (or - for stdin)");
        }

        string page = opts.Positional[0] == "-" ? stdin.ReadToEnd() : File.ReadAllText(opts.Positional[0]);
        HtmlArticle article;
        try
        {
            article = HtmlExtractor.Extract(page);
        }
        catch (ArgumentException e)
        {
            stderr.WriteLine("newsnlp: " + e.Message);
            return 1;
        }

        switch (format)
        {
            case "text":
                stdout.WriteLine(article.Text);
                return 0;
            case "json" or "jsonl":
                using (var buffer = new MemoryStream())
                {
                    using (var writer = CliApp.CreateWriter(buffer))
                    {
                        article.WriteJson(writer);
                    }

                    stdout.WriteLine(CliApp.Utf8NoBom.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
                }

                return 0;
            default:
                throw new UsageException($"unknown --format '{format}' (text or json)");
        }
    }
}
