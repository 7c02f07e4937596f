namespace NewsNlp.Cli;

/// <summary>Parsed <c>--name value</c> options, flags and positional arguments of one command.</summary>
internal sealed class CliOptions
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    public List<string> Positional { get; } = [];

    public static CliOptions Parse(string[] args, string[] valued, string[] flags)
    {
        var o = new CliOptions();
        for (int i = 1; i < args.Length; i++)
        {
            string a = args[i];
            if (Array.IndexOf(valued, a) >= 0)
            {
                if (i + 1 >= args.Length)
                {
                    throw new UsageException($"{a} needs a value");
                }

                o._values[a] = args[++i];
            }
            else if (Array.IndexOf(flags, a) >= 0)
            {
                o._flags.Add(a);
            }
            else if (a.StartsWith("--", StringComparison.Ordinal))
            {
                throw new UsageException($"unknown option '{a}' for {args[0]}");
            }
            else
            {
                o.Positional.Add(a);
            }
        }

        return o;
    }

    public string? Get(string name) => _values.TryGetValue(name, out string? v) ? v : null;

    public bool Has(string flag) => _flags.Contains(flag);

    /// <summary>The one optional input path (or "-"), else standard input.</summary>
    public TextReader OpenInput(TextReader stdin)
    {
        if (Positional.Count > 1)
        {
            throw new UsageException("too many arguments");
        }

        if (Positional.Count == 0 || Positional[0] == "-")
        {
            return stdin;
        }

        Stream s = File.OpenRead(Positional[0]);
        if (Positional[0].EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            s = new System.IO.Compression.GZipStream(s, System.IO.Compression.CompressionMode.Decompress);
        }

        return new StreamReader(s, CliApp.Utf8NoBom, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
    }
}
