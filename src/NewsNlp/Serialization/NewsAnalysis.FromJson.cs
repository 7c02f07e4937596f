using System.Text.Json;

namespace NewsNlp;

/// <content>Reading an analysis back from the JSON of the NewsNlp output contract.</content>
public sealed partial record NewsAnalysis
{
    /// <summary>Reads an analysis written by <see cref="ToJson"/> (or the console program) back.</summary>
    /// <param name="json">One analysis object of the NewsNlp output contract.</param>
    /// <param name="text">The analyzed text its offsets refer to; the contract's JSON does not carry it (except when
    /// the input was HTML: then pass <see langword="null"/> to take the JSON's <c>text</c>).</param>
    /// <returns>The analysis. Scores come back with the four decimals the JSON has; everything else is as written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The JSON is not an analysis object of the contract, has no text, or a span
    /// lies outside the text.</exception>
    public static NewsAnalysis FromJson(string json, string? text)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using JsonDocument doc = JsonDocument.Parse(json);
            JsonElement root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("An analysis is a JSON object.");
            }

            if (root.TryGetProperty("error", out JsonElement error) && error.ValueKind == JsonValueKind.String)
            {
                throw new FormatException("The line is a failed analysis: " + error.GetString());
            }

            text ??= root.TryGetProperty("text", out JsonElement t) && t.ValueKind == JsonValueKind.String ? t.GetString()
                : throw new FormatException("The JSON carries no text: pass the analyzed text.");
            var reader = new JsonContractReader(text!);
            return reader.Read(root);
        }
        catch (JsonException e)
        {
            throw new FormatException("Not valid JSON: " + e.Message, e);
        }
        catch (InvalidOperationException e)
        {
            throw new FormatException("A field has the wrong JSON type: " + e.Message, e);
        }
        catch (KeyNotFoundException e)
        {
            throw new FormatException("A required field is missing: " + e.Message, e);
        }
    }

    /// <summary>The contract's warning for its JSON name (<c>notEnglish</c> → <see cref="AnalysisWarning.NotEnglish"/>).</summary>
    internal static AnalysisWarning ParseWarning(string name) => name switch
    {
        "notEnglish" => AnalysisWarning.NotEnglish,
        "markup" => AnalysisWarning.Markup,
        "binary" => AnalysisWarning.Binary,
        "tooShort" => AnalysisWarning.TooShort,
        _ => throw new FormatException($"Unknown warning \"{name}\"."),
    };
}
