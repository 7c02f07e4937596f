using System.Buffers;

namespace NewsNlp;

/// <summary>A word as the topic features, the seed lexicon and the keywords read it (see <see cref="TopicWordReader"/>).</summary>
/// <param name="Start">Where the word starts in the text.</param>
/// <param name="Length">Its length.</param>
/// <param name="Break">Whether a phrase cannot run from the previous word to this one (punctuation or a line break
/// lies between them).</param>
internal readonly record struct TopicWord(int Start, int Length, bool Break);

/// <summary>Topic words in a pooled buffer; dispose it once to return the buffer.</summary>
internal readonly struct TopicWordBuffer : IDisposable
{
    private readonly TopicWord[] _array;

    public TopicWordBuffer(TopicWord[] array, int count)
    {
        _array = array;
        Count = count;
    }

    /// <summary>Gets the number of words.</summary>
    public int Count { get; }

    /// <summary>Gets the words, in text order.</summary>
    public ReadOnlySpan<TopicWord> Words => _array.AsSpan(0, Count);

    public void Dispose() => ArrayPool<TopicWord>.Shared.Return(_array);
}

/// <summary>The topic words of a text or of an article's text layer.</summary>
internal static class TopicWords
{
    /// <summary>Most words in <paramref name="length"/> characters (words do not overlap and are not empty).</summary>
    public static int MaxWords(int length) => length + 1;

    /// <summary>Tokenizes <paramref name="text"/> (without allocating) and reads its topic words: the public
    /// <see cref="TopicModel"/> API and training, which are given strings rather than an article.</summary>
    public static TopicWordBuffer Of(ReadOnlySpan<char> text)
    {
        TopicWord[] array = ArrayPool<TopicWord>.Shared.Rent(MaxWords(text.Length));
        var reader = new TopicWordReader(text, array);
        foreach (Token t in Tokenizer.Default.EnumerateTokens(text))
        {
            reader.Add(t);
        }

        return new TopicWordBuffer(array, reader.Finish());
    }

    /// <summary>Reads the topic words of tokens <c>[from, to)</c> of the article into <paramref name="output"/>, as
    /// one passage (a sentence): the first token is not read as joined to what precedes it.</summary>
    /// <returns>The number of words written.</returns>
    public static int Read(ArticleText article, int from, int to, Span<TopicWord> output)
    {
        var reader = new TopicWordReader(article.Text, output);
        Token[] tokens = article.Tokens;
        for (int i = from; i < to; i++)
        {
            reader.Add(tokens[i]);
        }

        return reader.Finish();
    }
}
