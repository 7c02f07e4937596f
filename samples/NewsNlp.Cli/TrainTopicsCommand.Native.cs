namespace NewsNlp.Cli;

/// <summary><c>newsnlp train-topics</c> in the native (NativeAOT) build of the program: training runs on ML.NET, which
/// needs the JIT, so this build leaves it out and says where to train instead.</summary>
internal static class TrainTopicsCommand
{
    /// <summary>What the native build prints for <c>train-topics</c>.</summary>
    internal const string NotInNativeBuild =
        "newsnlp train-topics: this is the native (ahead-of-time compiled) build of newsnlp, which has no ML.NET; " +
        "train with the .NET build (dotnet tool install -g NewsNlp.Cli, or dotnet run --project samples/NewsNlp.Cli) " +
        "and pass the model to this build with analyze --topic-model FILE";

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        stderr.WriteLine(NotInNativeBuild);
        return 1;
    }
}
