namespace NewsNlp.Training;

internal static class DatelineEvaluation
{
    public static int Run(string data, string[] args)
    {
        Console.Error.WriteLine("DatelineEvaluation: not implemented yet (data: " + data + ", " + args.Length + " args)");
        return 1;
    }
}
