namespace NewsNlp.Cli;

/// <summary><c>newsnlp ner --conll</c>: tags CoNLL-style token lines (see CONTRACT.md).</summary>
internal static class NerCommand
{
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        stderr.WriteLine("newsnlp ner: not available yet (" + args.Length + " args)");
        _ = stdin;
        _ = stdout;
        return 1;
    }
}
