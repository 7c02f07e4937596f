namespace NewsNlp.Cli;

internal static class CliApp
{
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0)
        {
            stderr.WriteLine("usage: newsnlp (analyze | tokenize | ner) ...");
            return 2;
        }

        return args[0] switch
        {
            "ner" => NerCommand.Run(args, stdin, stdout, stderr),
            "train-topics" => TrainTopicsCommand.Run(args, stdin, stdout, stderr),
            _ => Usage(stderr),
        };
    }

    private static int Usage(TextWriter stderr)
    {
        stderr.WriteLine("usage: newsnlp (analyze | tokenize | ner) ...");
        return 2;
    }
}
