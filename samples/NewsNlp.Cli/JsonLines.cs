using System.Buffers;
using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace NewsNlp.Cli;

/// <summary>The JSONL loop shared by <c>analyze</c> and <c>tokenize</c>: one output line per input line, in order,
/// constant memory; a bad line yields an <c>error</c> line and the run goes on, exiting 1 at the end.</summary>
internal static class JsonLines
{
    public delegate void LineHandler(string? id, string text, Utf8JsonWriter writer);

    // window: how many lines are handled at once (read ahead of the one being written); 0 or less for four per core.
    // The Orleans client (samples/NewsNlp.Orleans) sets it to its bound on requests in flight.
    // textKey, idKey: the fields holding the text and the id (a numeric id is written back as a number).
    // htmlHandler: takes the lines that carry an "html" field instead of the text field (a news page to analyze).
    public static int Process(TextReader input, TextWriter output, TextWriter stderr, LineHandler handler, int window = 0,
        string textKey = "text", string idKey = "id", LineHandler? htmlHandler = null) =>
        Run(Lines(input, handler, textKey, idKey, htmlHandler), output, stderr, window);

    /// <summary>Every file is one article, its file name the id, read when its turn comes; a file that cannot be read
    /// gets its error line like a bad input line.</summary>
    public static int ProcessFiles(IReadOnlyList<string> files, TextWriter output, TextWriter stderr, LineHandler handler, int window = 0) =>
        Run(Files(files, handler), output, stderr, window);

    private static IEnumerable<Func<(string Json, bool Failed)>> Lines(TextReader input, LineHandler handler, string textKey, string idKey, LineHandler? htmlHandler)
    {
        int lineNumber = 0;
        string? line;
        while ((line = input.ReadLine()) is not null)
        {
            int number = ++lineNumber;
            string current = line;
            yield return () => Render(current, number, handler, textKey, idKey, htmlHandler);
        }
    }

    private static IEnumerable<Func<(string Json, bool Failed)>> Files(IReadOnlyList<string> files, LineHandler handler)
    {
        for (int i = 0; i < files.Count; i++)
        {
            string path = files[i];
            int number = i + 1;
            yield return () => RenderFile(path, number, handler);
        }
    }

    private static int Run(IEnumerable<Func<(string Json, bool Failed)>> items, TextWriter output, TextWriter stderr, int window)
    {
        bool showProgress = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
        window = window > 0 ? window : 4 * Environment.ProcessorCount;
        var pending = new Queue<Task<(string Json, bool Failed)>>(window);
        var clock = Stopwatch.StartNew();
        long lastReport = 0;
        int lineNumber = 0;
        int written = 0;
        int failed = 0;

        void WriteHead()
        {
            (string json, bool lineFailed) = pending.Dequeue().GetAwaiter().GetResult();
            output.WriteLine(json);
            written++;
            failed += lineFailed ? 1 : 0;
            if (showProgress && clock.ElapsedMilliseconds - lastReport > 1000)
            {
                lastReport = clock.ElapsedMilliseconds;
                stderr.Write(CliApp.Format($"\r{written:N0} lines, {written / clock.Elapsed.TotalSeconds:N0}/s, {failed:N0} failed   "));
            }
        }

        foreach (Func<(string Json, bool Failed)> item in items)
        {
            lineNumber++;
            pending.Enqueue(Task.Run(item));
            if (pending.Count >= window)
            {
                WriteHead();
            }
        }

        while (pending.Count > 0)
        {
            WriteHead();
        }

        output.Flush();
        if (showProgress && lineNumber > 0)
        {
            stderr.WriteLine(CliApp.Format($"\r{lineNumber:N0} lines in {clock.Elapsed.TotalSeconds:N1} s, {failed:N0} failed   "));
        }

        if (failed > 0)
        {
            stderr.WriteLine(CliApp.Format($"newsnlp: {failed:N0} of {lineNumber:N0} input lines failed (see their \"error\" fields)"));
            return 1;
        }

        return 0;
    }

    /// <summary>One input line to one output line: the handler's object, or an error object.</summary>
    private static (string Json, bool Failed) Render(string line, int lineNumber, LineHandler handler, string textKey, string idKey, LineHandler? htmlHandler)
    {
        string? error = ParseLine(line, lineNumber, textKey, idKey, htmlHandler is not null, out string? id, out bool numericId, out string? text, out bool html);
        return Write(id, numericId, text, error, lineNumber, html ? htmlHandler! : handler);
    }

    private static (string Json, bool Failed) RenderFile(string path, int number, LineHandler handler)
    {
        string? text = null;
        string? error = null;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = CliApp.Format($"file {number}: {e.Message}");
        }

        return Write(Path.GetFileName(path), false, text, error, number, handler);
    }

    /// <summary>The handler's object for <paramref name="text"/>, or an error object when there is an error (or the
    /// handler refuses the text), with the id first.</summary>
    private static (string Json, bool Failed) Write(string? id, bool numericId, string? text, string? error, int number, LineHandler handler)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using var writer = CliApp.CreateWriter(Stream.Null);
        writer.Reset(buffer);
        if (error is null)
        {
            try
            {
                handler(id, text!, writer);
            }
            catch (ArgumentException e)
            {
                error = CliApp.Format($"line {number}: {e.Message}");
            }
        }

        if (error is not null)
        {
            buffer.ResetWrittenCount();
            writer.Reset(buffer);
            writer.WriteStartObject();
            if (id is not null)
            {
                writer.WriteString("id", id);
            }

            writer.WriteString("error", error);
            writer.WriteEndObject();
        }

        writer.Flush();
        string json = Encoding.UTF8.GetString(buffer.WrittenSpan);
        if (numericId)
        {
            // The id is the object's first field, written as a string; a number's text needs no escaping, so the
            // quoted form is exactly "{\"id\":\"<number>\"": write it back as the number it was.
            string quoted = "{\"id\":\"" + id + "\"";
            if (json.StartsWith(quoted, StringComparison.Ordinal))
            {
                json = "{\"id\":" + id + json[quoted.Length..];
            }
        }

        return (json, error is not null);
    }

    /// <summary>Reads a JSON string, keeping lone surrogates written as \u escapes (which the strict reader refuses)
    /// so that no input text is lost or altered.</summary>
    private static string? ReadString(JsonElement element)
    {
        try
        {
            return element.GetString();
        }
        catch (InvalidOperationException)
        {
            string raw = element.GetRawText();
            var sb = new StringBuilder(raw.Length);
            for (int i = 1; i < raw.Length - 1; i++)
            {
                char c = raw[i];
                if (c != '\\')
                {
                    sb.Append(c);
                    continue;
                }

                char e = raw[++i];
                switch (e)
                {
                    case 'n': sb.Append('\n'); break;
                    case 'r': sb.Append('\r'); break;
                    case 't': sb.Append('\t'); break;
                    case 'b': sb.Append('\b'); break;
                    case 'f': sb.Append('\f'); break;
                    case 'u':
                        sb.Append((char)int.Parse(raw.AsSpan(i + 1, 4), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture));
                        i += 4;
                        break;
                    default: sb.Append(e); break;
                }
            }

            return sb.ToString();
        }
    }

    /// <summary>The id and text of one input line, or why it has none.</summary>
    private static string? ParseLine(string line, int lineNumber, string textKey, string idKey, bool acceptHtml, out string? id, out bool numericId, out string? text, out bool html)
    {
        html = false;
        id = null;
        numericId = false;
        text = null;
        if (string.IsNullOrWhiteSpace(line))
        {
            return CliApp.Format($"line {lineNumber}: blank line");
        }

        try
        {
            using var doc = JsonDocument.Parse(line);
            JsonElement root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return CliApp.Format($"line {lineNumber}: expected a JSON object");
            }

            if (root.TryGetProperty(idKey, out JsonElement idElement))
            {
                numericId = idElement.ValueKind == JsonValueKind.Number;
                id = idElement.ValueKind switch
                {
                    JsonValueKind.String => idElement.GetString(),
                    JsonValueKind.Number => idElement.GetRawText(),
                    _ => null,
                };
            }

            if (!root.TryGetProperty(textKey, out JsonElement textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                if (!acceptHtml || !root.TryGetProperty("html", out textElement) || textElement.ValueKind != JsonValueKind.String)
                {
                    return CliApp.Format($"line {lineNumber}: missing string field \"{textKey}\"");
                }

                html = true;
            }

            text = ReadString(textElement);
        }
        catch (JsonException e)
        {
            return CliApp.Format($"line {lineNumber}: invalid JSON ({e.Message})");
        }
        catch (InvalidOperationException e)
        {
            return CliApp.Format($"line {lineNumber}: unreadable string ({e.Message})");
        }

        return text is null ? CliApp.Format($"line {lineNumber}: \"{textKey}\" is null") : null;
    }
}
