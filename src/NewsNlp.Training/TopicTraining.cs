namespace NewsNlp.Training;

internal static class TopicTraining
{
    public static int Run(string data, string modelDir, string[] args)
    {
        Console.Error.WriteLine("TopicTraining: not implemented yet (data: " + data + ", out: " + modelDir + ", " + args.Length + " args)");
        return 1;
    }
}
