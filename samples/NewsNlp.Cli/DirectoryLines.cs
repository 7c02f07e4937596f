using System.Text.Json;

namespace NewsNlp.Cli;

/// <summary>A directory read as JSONL: every <c>*.txt</c> file in it, sorted by name, is one <c>{"id","text"}</c> line
/// (the id is the file name), read only when its line is reached.</summary>
internal sealed class DirectoryLines : TextReader
{
    private readonly string[] _files;
    private int _next;

    private DirectoryLines(string[] files) => _files = files;

    public static TextReader Open(string directory)
    {
        string[] files = Directory.GetFiles(directory, "*.txt");
        Array.Sort(files, StringComparer.Ordinal);
        return new DirectoryLines(files);
    }

    public override string? ReadLine()
    {
        if (_next >= _files.Length)
        {
            return null;
        }

        string path = _files[_next++];
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("id", Path.GetFileName(path));
            try
            {
                writer.WriteString("text", File.ReadAllText(path));
            }
            catch (IOException e)
            {
                writer.WriteNumber("text", 0); // not a string: the line fails with its id, and the run goes on
                writer.WriteString("readError", e.Message);
            }
            catch (UnauthorizedAccessException e)
            {
                writer.WriteNumber("text", 0);
                writer.WriteString("readError", e.Message);
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
