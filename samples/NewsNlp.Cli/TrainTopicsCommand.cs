namespace NewsNlp.Cli;

/// <summary><c>newsnlp train-topics</c>: trains a custom topic model from labelled JSONL or CSV.</summary>
internal static class TrainTopicsCommand
{
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        stderr.WriteLine("newsnlp train-topics: not available yet (" + args.Length + " args)");
        _ = stdin;
        _ = stdout;
        return 1;
    }
}
