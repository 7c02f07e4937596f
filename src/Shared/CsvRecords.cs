using System.Text;

namespace NewsNlp;

/// <summary>Reads RFC 4180 CSV records: quoted fields, doubled quotes, line breaks inside quotes, CRLF or LF.</summary>
/// <remarks>Shared source, compiled into the console program (<c>train-topics</c>) and the training project (AG News and
/// BBC CSV files), so that both read CSV the same way; the library itself reads no CSV.</remarks>
internal static class CsvRecords
{
    /// <summary>Yields each record's fields. A blank line is a record of one empty field.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <returns>The records, in order.</returns>
    public static IEnumerable<List<string>> Read(TextReader reader)
    {
        var field = new StringBuilder();
        var row = new List<string>();
        bool quoted = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            char ch = (char)c;
            if (quoted)
            {
                if (ch != '"')
                {
                    field.Append(ch);
                }
                else if (reader.Peek() == '"')
                {
                    reader.Read();
                    field.Append('"');
                }
                else
                {
                    quoted = false;
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (ch == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                yield return row;
                row = [];
            }
            else if (ch != '\r')
            {
                field.Append(ch);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            yield return row;
        }
    }

    /// <summary>Yields the records of a UTF-8 file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The records, in order.</returns>
    public static IEnumerable<List<string>> ReadFile(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        foreach (List<string> record in Read(reader))
        {
            yield return record;
        }
    }
}
