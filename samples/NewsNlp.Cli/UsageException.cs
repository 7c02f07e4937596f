namespace NewsNlp.Cli;

/// <summary>Bad command-line arguments: usage is printed and the exit code is 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
