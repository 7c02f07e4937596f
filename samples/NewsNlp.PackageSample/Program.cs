using NewsNlp;

// The README's quick start, run against the packed package.
string text = File.ReadAllText(args.Length > 0 ? args[0] : "../NewsNlp.Cli/blinken-qin.txt");
NewsAnalysis analysis = NewsAnalyzer.Default.Analyze(text);
Console.WriteLine($"dateline: {analysis.Dateline?.City}, {analysis.Dateline?.Country} ({analysis.Dateline?.Agency})");
foreach (Entity e in analysis.Entities.Take(5))
{
    Console.WriteLine($"entity:   {e.Name} ({e.Type}, {e.Mentions.Count} mentions)");
}

foreach (Quote q in analysis.Quotes.Take(3))
{
    Console.WriteLine($"quote:    {q.Speaker ?? "?"} {q.Cue}: {q.Text}");
}

Console.WriteLine($"package sample: {analysis.Sentences.Count} sentences, {analysis.Entities.Count} entities, {analysis.Quotes.Count} quotes");
return analysis.Sentences.Count > 0 ? 0 : 1;
