using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsNlp.Cli;

/// <summary>The <c>newsnlp</c> console program (see CONTRACT.md).</summary>
internal static class CliApp
{
    private const string AnalyzeUsage = """
          newsnlp analyze [--format text|json|jsonl] [STAGES] FILE|-      analyze one article (a text file, or - for stdin)
          newsnlp analyze [--format text|json|jsonl] PAGE.html            analyze the article of a news page (also --input html)
          newsnlp analyze --input jsonl [--format jsonl] [OPTIONS] [FILE|DIR|-]
                one {"id","text"} object per line in, one analysis per line out, same order; a line with "html"
                instead of "text" is a news page: its article's analysis plus "text" (the extracted text, which
                the offsets refer to) and "page" (its metadata); a directory: every *.txt file in it (sorted by
                name) is one article, its file name the id
            --text-key KEY      the field holding the text (default text)
            --id-key KEY        the field holding the id (default id; a number stays a number)
            --threads N         analyze at most N articles at once (default: read ahead four per core)
            --topic-model FILE  topics from a model trained with train-topics instead of the built-in one
          STAGES: --no-structure --no-entities --no-quotes --no-topics leave a stage out
        """;

    private const string UsageText = """
        usage:
        """ + "\n" + AnalyzeUsage + "\n" + ExtractCommand.Usage + "\n" + """
          newsnlp tokenize --input jsonl --format jsonl [FILE|-]  tokens and sentences per line
          newsnlp ner --conll [FILE|-]                            CoNLL token lines in, TOKEN<TAB>IOB2-TAG out
          newsnlp train-topics INPUT.jsonl|INPUT.csv|- --out MODEL.bin [--holdout 0.2] [--seed 1] [--format jsonl|csv]
                                                                  train a topic model from labelled JSONL or CSV
          newsnlp --version | --help;  COMMAND --help
        exit codes: 0 done; 1 an input line or file failed (each failed line says why in its "error"); 2 bad usage
        """;

    private static readonly JsonWriterOptions s_writerOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0)
        {
            return Usage(stderr, null);
        }

        if (args[0] is "--version" or "-V" or "version")
        {
            stdout.WriteLine("newsnlp " + Version);
            return 0;
        }

        if (args.Length > 1 && Array.Exists(args, a => a is "--help" or "-h"))
        {
            return CommandHelp(args[0], stdout, stderr);
        }

        try
        {
            return args[0] switch
            {
                "analyze" => Analyze(args, stdin, stdout, stderr),
                "tokenize" => Tokenize(args, stdin, stdout, stderr),
                "ner" => NerCommand.Run(args, stdin, stdout, stderr),
                "extract" => ExtractCommand.Run(args, stdin, stdout, stderr),
                "train-topics" => TrainTopicsCommand.Run(args, stdin, stdout, stderr),
                "-h" or "--help" or "help" => Help(stdout),
                _ => Usage(stderr, $"unknown command '{args[0]}'"),
            };
        }
        catch (UsageException e)
        {
            return Usage(stderr, e.Message);
        }
        catch (InvalidDataException e)
        {
            stderr.WriteLine("newsnlp: " + e.Message);
            return 1;
        }
        catch (IOException e)
        {
            stderr.WriteLine("newsnlp: " + e.Message);
            return 1;
        }
        catch (UnauthorizedAccessException e)
        {
            stderr.WriteLine("newsnlp: " + e.Message);
            return 1;
        }
    }

    /// <summary>The program's version: the informational version of the assembly (the package version).</summary>
    internal static string Version =>
        typeof(CliApp).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false) is [System.Reflection.AssemblyInformationalVersionAttribute v, ..]
            ? v.InformationalVersion.Split('+')[0]
            : typeof(CliApp).Assembly.GetName().Version?.ToString() ?? "unknown";

    private static int CommandHelp(string command, TextWriter stdout, TextWriter stderr)
    {
        string? usage = command switch
        {
            "analyze" => "usage:\n" + AnalyzeUsage,
            "extract" => "usage:\n" + ExtractCommand.Usage,
            "tokenize" => "usage: newsnlp tokenize --input jsonl --format jsonl [FILE|-]  tokens and sentences per line",
            "ner" => "usage: newsnlp ner --conll [FILE|-]  CoNLL token lines in, TOKEN<TAB>IOB2-TAG out",
            "train-topics" => "usage: newsnlp train-topics INPUT.jsonl|INPUT.csv|- --out MODEL.bin [--holdout 0.2] [--seed 1] [--format jsonl|csv]",
            _ => null,
        };
        if (usage is null)
        {
            return Usage(stderr, $"unknown command '{command}'");
        }

        stdout.WriteLine(usage);
        return 0;
    }

    private static int Help(TextWriter stdout)
    {
        stdout.WriteLine(UsageText);
        return 0;
    }

    private static int Usage(TextWriter stderr, string? problem)
    {
        if (problem is not null)
        {
            stderr.WriteLine("newsnlp: " + problem);
        }

        stderr.WriteLine(UsageText);
        return 2;
    }

    private static readonly string[] s_analyzeValues = ["--format", "--input", "--text-key", "--id-key", "--threads", "--topic-model"];
    private static readonly string[] s_analyzeFlags = ["--no-structure", "--no-entities", "--no-quotes", "--no-topics"];

    private static int Analyze(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var opts = CliOptions.Parse(args, s_analyzeValues, s_analyzeFlags);
        NewsAnalyzer analyzer = CreateAnalyzer(opts);
        bool directory = opts.Positional.Count == 1 && Directory.Exists(opts.Positional[0]);
        string input = opts.Get("--input") ?? (directory ? "jsonl" : "text");
        string format = opts.Get("--format") ?? (input == "jsonl" ? "jsonl" : "text");
        if (input == "jsonl")
        {
            if (format != "jsonl")
            {
                throw new UsageException("--input jsonl needs --format jsonl");
            }

            int window = opts.Get("--threads") is string threads
                ? int.TryParse(threads, out int n) && n > 0 ? n : throw new UsageException("--threads needs a positive number")
                : 0;
            JsonLines.LineHandler analyze = (id, text, writer) => analyzer.Analyze(text).WriteJson(writer, id);
            HtmlNewsAnalyzer pages = HtmlNewsAnalyzer.Create(analyzer);
            JsonLines.LineHandler analyzePage = (id, html, writer) => pages.Analyze(html).WriteJson(writer, id);
            if (directory)
            {
                string[] files = Directory.GetFiles(opts.Positional[0], "*.txt");
                Array.Sort(files, StringComparer.Ordinal);
                return JsonLines.ProcessFiles(files, stdout, stderr, analyze, window);
            }

            using TextReader reader = opts.OpenInput(stdin);
            return JsonLines.Process(reader, stdout, stderr, analyze, window, opts.Get("--text-key") ?? "text", opts.Get("--id-key") ?? "id", analyzePage);
        }

        if (input is not ("text" or "html"))
        {
            throw new UsageException($"unknown --input '{input}' (text, html or jsonl)");
        }

        if (opts.Positional.Count != 1)
        {
            throw new UsageException("analyze takes one FILE (or - for stdin)");
        }

        string path = opts.Positional[0];
        string article = path == "-" ? stdin.ReadToEnd() : File.ReadAllText(path);
        HtmlAnalysis? page = null;
        if (input == "html" || (opts.Get("--input") is null && IsHtmlFile(path)))
        {
            try
            {
                page = HtmlNewsAnalyzer.Create(analyzer).Analyze(article);
            }
            catch (ArgumentException e)
            {
                stderr.WriteLine("newsnlp: " + e.Message);
                return 1;
            }
        }

        NewsAnalysis analysis = page?.Analysis ?? analyzer.Analyze(article);
        switch (format)
        {
            case "json":
                stdout.WriteLine(page is null ? analysis.ToJson(indented: true) : Indent(page.ToJson()));
                return 0;
            case "jsonl":
                stdout.WriteLine(page?.ToJson() ?? analysis.ToJson());
                return 0;
            case "text":
                Report.Write(analysis, stdout);
                return 0;
            default:
                throw new UsageException($"unknown --format '{format}' (text, json or jsonl)");
        }
    }

    private static bool IsHtmlFile(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".xhtml", StringComparison.OrdinalIgnoreCase);

    private static string Indent(string json)
    {
        using var doc = JsonDocument.Parse(json);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, s_writerOptions with { Indented = true }))
        {
            doc.WriteTo(writer);
        }

        return Utf8NoBom.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>The shared default analyzer, or one with the stages and topic model the options ask for.</summary>
    private static NewsAnalyzer CreateAnalyzer(CliOptions opts)
    {
        string? topicModel = opts.Get("--topic-model");
        if (topicModel is null && !opts.Has("--no-structure") && !opts.Has("--no-entities") && !opts.Has("--no-quotes") && !opts.Has("--no-topics"))
        {
            return NewsAnalyzer.Default;
        }

        TopicModel? model = null;
        if (topicModel is not null)
        {
            using FileStream file = File.OpenRead(topicModel);
            model = TopicModel.Load(file);
        }

        return NewsAnalyzer.Create(new NewsAnalyzerOptions
        {
            DetectStructure = !opts.Has("--no-structure"),
            FindEntities = !opts.Has("--no-entities"),
            FindQuotes = !opts.Has("--no-quotes"),
            ClassifyTopics = !opts.Has("--no-topics"),
            TopicModel = model,
        });
    }

    private static int Tokenize(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var opts = CliOptions.Parse(args, ["--format", "--input"], []);
        if ((opts.Get("--input") ?? "jsonl") != "jsonl" || (opts.Get("--format") ?? "jsonl") != "jsonl")
        {
            throw new UsageException("tokenize supports --input jsonl --format jsonl");
        }

        using TextReader reader = opts.OpenInput(stdin);
        return JsonLines.Process(reader, stdout, stderr, static (id, text, writer) =>
        {
            Token[] tokens = [.. Tokenizer.Default.Tokenize(text)];
            TextSpan[] sentences = SentenceSplitter.Default.Split(text, tokens);
            writer.WriteStartObject();
            if (id is not null)
            {
                writer.WriteString("id", id);
            }

            writer.WriteStartArray("tokens");
            foreach (Token t in tokens)
            {
                WritePair(writer, t.Start, t.End);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("sentences");
            foreach (TextSpan s in sentences)
            {
                WritePair(writer, s.Start, s.End);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    private static void WritePair(Utf8JsonWriter writer, int start, int end)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(start);
        writer.WriteNumberValue(end);
        writer.WriteEndArray();
    }

    internal static Utf8JsonWriter CreateWriter(Stream stream) => new(stream, s_writerOptions);

    internal static string Format(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    internal static readonly UTF8Encoding Utf8NoBom = new(false);
}
