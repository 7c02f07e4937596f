using NewsNlp.Cli;

namespace NewsNlp.Tests.Cli;

/// <summary>Runs the console program in-process with the given standard input.</summary>
internal static class CliRunner
{
    public static (int Code, string Out, string Err) Run(string stdin, params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        int code = CliApp.Run(args, new StringReader(stdin), o, e);
        return (code, o.ToString(), e.ToString());
    }
}
