using System.Text;

namespace NewsNlp;

/// <summary>Named-entity tagging of pre-tokenized text.</summary>
public sealed partial class NewsAnalyzer
{
    /// <summary>Tags the pre-tokenized sentences of one document with IOB2 named-entity tags over
    /// <c>PER</c>, <c>ORG</c>, <c>LOC</c> and <c>MISC</c> (nationalities are <c>MISC</c>), as in CoNLL-2003.</summary>
    /// <remarks>Words that recur in the document inform each other (a name tagged as a person once is a
    /// person elsewhere), so pass whole documents rather than single sentences when you have them. A name tagged as a
    /// whole that is a well-known organization's ("Google", "Goldman Sachs") is tagged <c>ORG</c> whatever the model
    /// said, as the analysis types it; a file name ("Lisa_resume.doc") is no name.</remarks>
    /// <param name="sentences">The sentences of one document, each a list of words.</param>
    /// <returns>One tag per word, in the same shape as <paramref name="sentences"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sentences"/> or one of its items is <see langword="null"/>.</exception>
    public IReadOnlyList<IReadOnlyList<string>> TagDocument(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var text = new StringBuilder();
        var words = new List<TextSpan>();
        var starts = new int[sentences.Count + 1];
        for (int s = 0; s < sentences.Count; s++)
        {
            IReadOnlyList<string> sentence = sentences[s];
            ArgumentNullException.ThrowIfNull(sentence);
            starts[s] = words.Count;
            foreach (string w in sentence)
            {
                ArgumentNullException.ThrowIfNull(w);
                text.Append(' ');
                words.Add(new TextSpan(text.Length, w.Length));
                text.Append(w);
            }
        }

        starts[sentences.Count] = words.Count;
        var doc = new NerDocument(text.ToString(), [.. words], starts, Gazetteer.Default, WordClusters.Default);
        var tags = new byte[words.Count];
        NerTagger.TagDocument(doc, tags);
        KnownOrganizations.Default.TagUntagged(doc, tags);
        KnownOrganizations.Default.Retag(doc, tags);
        FileNames.Untag(doc, tags);
        EntityPlaces.RetagCountries(doc, tags, Gazetteer.Default.Places);
        DocumentTagRules.Apply(doc, tags, Gazetteer.Default);
        var result = new IReadOnlyList<string>[sentences.Count];
        for (int s = 0; s < sentences.Count; s++)
        {
            var row = new string[starts[s + 1] - starts[s]];
            for (int i = 0; i < row.Length; i++)
            {
                row[i] = NerTagger.TagNames[tags[starts[s] + i]];
            }

            result[s] = row;
        }

        return result;
    }

    /// <summary>Tags one pre-tokenized sentence with IOB2 named-entity tags (see <see cref="TagDocument"/>).</summary>
    /// <param name="words">The words of the sentence.</param>
    /// <returns>One tag per word: <c>O</c>, <c>B-PER</c>, <c>I-PER</c>, <c>B-ORG</c>… </returns>
    /// <exception cref="ArgumentNullException"><paramref name="words"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<string> TagWords(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return TagDocument([words])[0];
    }
}
