using System.Globalization;
using System.Text;
using System.Text.Json;

namespace NewsNlp.Cli;

/// <summary><c>newsnlp train-topics</c>: trains a custom topic model from labelled JSONL or CSV.</summary>
/// <remarks>
/// <code>newsnlp train-topics INPUT (--out MODEL) [--holdout 0.2] [--seed 1] [--format jsonl|csv]</code>
/// INPUT is a file (or <c>-</c> for stdin): JSONL lines <c>{"text": "...", "label": "..."}</c>, or CSV rows
/// <c>label,text</c> (RFC 4180 quoting; a <c>label,text</c> header is skipped). The format follows the file extension
/// unless <c>--format</c> says otherwise. Prints per-label precision, recall and F1 on the held-out split to stdout;
/// progress goes to stderr only when stderr is a terminal. Load the model with <c>TopicModel.Load(path)</c> and set
/// <c>NewsAnalyzerOptions.TopicModel</c>.
/// </remarks>
internal static class TrainTopicsCommand
{
    private const string Usage = "usage: newsnlp train-topics INPUT.jsonl|INPUT.csv|- --out MODEL.bin [--holdout 0.2] [--seed 1] [--format jsonl|csv]";

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        string? input = null, output = null, format = null;
        double holdout = 0.2;
        int seed = 1;
        for (int i = 1; i < args.Length; i++)
        {
            string a = args[i];
            bool hasValue = i + 1 < args.Length;
            switch (a)
            {
                case "--out" when hasValue:
                    output = args[++i];
                    break;
                case "--holdout" when hasValue && double.TryParse(args[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out double h):
                    holdout = h;
                    i++;
                    break;
                case "--seed" when hasValue && int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out int s):
                    seed = s;
                    i++;
                    break;
                case "--format" when hasValue:
                    format = args[++i];
                    break;
                default:
                    if (a.StartsWith("--", StringComparison.Ordinal) || input is not null)
                    {
                        stderr.WriteLine("newsnlp train-topics: unexpected argument '" + a + "'");
                        stderr.WriteLine(Usage);
                        return 2;
                    }

                    input = a;
                    break;
            }
        }

        if (input is null || output is null)
        {
            stderr.WriteLine(Usage);
            return 2;
        }

        format ??= input.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? "csv" : "jsonl";
        bool progress = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
        List<(string Text, string Label)> examples;
        try
        {
            using TextReader reader = input == "-" ? stdin : new StreamReader(input, Encoding.UTF8);
            examples = format == "csv" ? ReadCsv(reader) : ReadJsonl(reader);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or JsonException)
        {
            stderr.WriteLine("newsnlp train-topics: cannot read " + input + ": " + e.Message);
            return 1;
        }

        if (progress)
        {
            stderr.WriteLine($"read {examples.Count} examples from {input}");
        }

        TopicTrainingResult trained;
        try
        {
            trained = TopicTrainer.Train(examples, new TopicTrainingOptions
            {
                HoldOutFraction = holdout,
                Seed = seed,
                Progress = progress ? new Reporter(stderr) : null,
            });
        }
        catch (ArgumentException e)
        {
            stderr.WriteLine("newsnlp train-topics: " + e.Message);
            return 1;
        }

        TopicModel model = trained.Model;
        if (trained.Evaluation is { } evaluation)
        {
            stdout.WriteLine(evaluation.ToString());
        }
        else
        {
            stdout.WriteLine("nothing held out; no evaluation");
        }

        try
        {
            model.Save(output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine("newsnlp train-topics: cannot write " + output + ": " + e.Message);
            return 1;
        }

        if (progress)
        {
            stderr.WriteLine("saved " + output);
        }

        return 0;
    }

    private static List<(string, string)> ReadJsonl(TextReader reader)
    {
        var list = new List<(string, string)>();
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using JsonDocument doc = JsonDocument.Parse(line);
            if (!doc.RootElement.TryGetProperty("text", out JsonElement text) || !doc.RootElement.TryGetProperty("label", out JsonElement label)
                || text.ValueKind != JsonValueKind.String || label.ValueKind != JsonValueKind.String)
            {
                throw new FormatException("line " + lineNumber.ToString(CultureInfo.InvariantCulture) + ": expected {\"text\": string, \"label\": string}");
            }

            list.Add((text.GetString()!, label.GetString()!));
        }

        return list;
    }

    private static List<(string, string)> ReadCsv(TextReader reader)
    {
        var list = new List<(string, string)>();
        bool first = true;
        foreach (List<string> row in CsvRecords.Read(reader))
        {
            AddRow(row, list, ref first);
        }

        return list;
    }

    private static void AddRow(List<string> row, List<(string, string)> list, ref bool first)
    {
        bool header = first && row.Count >= 2 && row[0].Trim() == "label" && row[1].Trim() == "text";
        first = false;
        if (header || row.Count < 2 || (row.Count == 1 && row[0].Length == 0))
        {
            return;
        }

        // label,text — a text containing unquoted commas is rejoined.
        list.Add((string.Join(',', row.Skip(1)), row[0].Trim()));
    }

    private sealed class Reporter(TextWriter stderr) : IProgress<string>
    {
        public void Report(string value) => stderr.WriteLine(value);
    }
}
