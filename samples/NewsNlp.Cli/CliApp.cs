using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsNlp.Cli;

/// <summary>The <c>newsnlp</c> console program (see CONTRACT.md).</summary>
internal static class CliApp
{
    private const string UsageText = """
        usage:
          newsnlp analyze [--format text|json] FILE         analyze one article (FILE or - for stdin)
          newsnlp analyze --input jsonl --format jsonl [FILE] one {"id","text"} per line in, one analysis per line out
          newsnlp tokenize --input jsonl --format jsonl [FILE] tokens and sentences per line
          newsnlp ner --conll [FILE]                          CoNLL token lines in, TOKEN<TAB>IOB2-TAG out
          newsnlp train-topics --input FILE --out MODEL.zip   train a custom topic model from labelled JSONL or CSV
        """;

    private static readonly JsonWriterOptions s_writerOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0)
        {
            return Usage(stderr, null);
        }

        try
        {
            return args[0] switch
            {
                "analyze" => Analyze(args, stdin, stdout, stderr),
                "tokenize" => Tokenize(args, stdin, stdout, stderr),
                "ner" => NerCommand.Run(args, stdin, stdout, stderr),
                "train-topics" => TrainTopicsCommand.Run(args, stdin, stdout, stderr),
                "-h" or "--help" or "help" => Help(stdout),
                _ => Usage(stderr, $"unknown command '{args[0]}'"),
            };
        }
        catch (UsageException e)
        {
            return Usage(stderr, e.Message);
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

    private static int Analyze(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var opts = CliOptions.Parse(args, ["--format", "--input"], []);
        string input = opts.Get("--input") ?? "text";
        string format = opts.Get("--format") ?? (input == "jsonl" ? "jsonl" : "text");
        if (input == "jsonl")
        {
            if (format != "jsonl")
            {
                throw new UsageException("--input jsonl needs --format jsonl");
            }

            using TextReader reader = opts.OpenInput(stdin);
            return JsonLines.Process(reader, stdout, stderr, static (id, text, writer) => NewsAnalyzer.Default.Analyze(text).WriteJson(writer, id));
        }

        if (input != "text")
        {
            throw new UsageException($"unknown --input '{input}' (text or jsonl)");
        }

        if (opts.Positional.Count != 1)
        {
            throw new UsageException("analyze takes one FILE (or - for stdin)");
        }

        string article = opts.Positional[0] == "-" ? stdin.ReadToEnd() : File.ReadAllText(opts.Positional[0]);
        NewsAnalysis analysis = NewsAnalyzer.Default.Analyze(article);
        switch (format)
        {
            case "json":
                stdout.WriteLine(analysis.ToJson(indented: true));
                return 0;
            case "jsonl":
                stdout.WriteLine(analysis.ToJson());
                return 0;
            case "text":
                Report.Write(analysis, stdout);
                return 0;
            default:
                throw new UsageException($"unknown --format '{format}' (text, json or jsonl)");
        }
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
