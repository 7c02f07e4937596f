namespace NewsNlp.Training;

internal static class NerTraining
{
    public static int Run(string data, string modelDir, string[] args)
    {
        Console.Error.WriteLine("NerTraining: not implemented yet (data: " + data + ", out: " + modelDir + ", " + args.Length + " args)");
        return 1;
    }
}
