using System.Buffers;

namespace NewsNlp;

/// <summary>The hypotheses of beam decoding over one sentence's tags at a time (<see cref="NerTagger"/>; training uses
/// the same search, so that it learns the scores the decoder compares). A hypothesis is a tag sequence so far with its
/// summed score; it is extended by every tag its last tag allows, and the best <see cref="Width"/> extensions are kept.
/// Two extensions whose last two tags agree are merged (the better one stays): the features look no further back, so
/// their futures score alike; those far below the best (<see cref="MaxScoreGap"/>) are dropped. Hypotheses are kept
/// best first. One instance per document and pass; not thread-safe.</summary>
internal sealed class NerBeam : IDisposable
{
    /// <summary>The widest beam supported (fixed-size hypothesis arrays).</summary>
    public const int MaxWidth = 16;

    /// <summary>Hypotheses scoring more than this below the best are dropped (in the perceptron's score units, which
    /// training and the shipped models share). Most words have one clear reading, and each kept hypothesis costs its
    /// tag-history features: measured on held-out fold 0 of eng.train (beam 4, two passes), no limit 0.9215 F1 with 2.78
    /// hypotheses per scored word, 200 → 0.9227 / 2.73, 100 → 0.9199 / 1.77, 50 → 0.9202 / 1.24, 25 → 0.9186 / 1.09,
    /// 10 → 0.9128 / 1.03; fold 1: no limit 0.9296, 50 → 0.9295.</summary>
    public const float MaxScoreGap = 50;

    private readonly float[] _score = new float[MaxWidth];
    private readonly int[] _prev = new int[MaxWidth];
    private readonly int[] _prev2 = new int[MaxWidth];
    private readonly float[] _nextScore = new float[MaxWidth];
    private readonly int[] _nextTag = new int[MaxWidth];
    private readonly int[] _nextPrev = new int[MaxWidth];
    private readonly int[] _nextParent = new int[MaxWidth];

    /// <summary>Per word of the sentence, per kept hypothesis: its last tag and the index of the hypothesis it extends
    /// (rows of <see cref="Width"/>).</summary>
    private byte[] _tags = [];
    private int[] _parents = [];
    private int _next;

    /// <summary>A beam of <paramref name="width"/> hypotheses (1 is greedy decoding).</summary>
    public NerBeam(int width)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, MaxWidth);
        Width = width;
    }

    /// <summary>Gets how many hypotheses are kept.</summary>
    public int Width { get; }

    /// <summary>Gets the number of hypotheses now.</summary>
    public int Count { get; private set; }

    /// <summary>The last tag of hypothesis <paramref name="k"/> (<see cref="NerFeatures.BeginOfSentence"/> before the first word).</summary>
    public int Prev(int k) => _prev[k];

    /// <summary>The tag before the last of hypothesis <paramref name="k"/>.</summary>
    public int Prev2(int k) => _prev2[k];

    /// <summary>Whether the best hypothesis ends outside an entity (or is at the sentence start).</summary>
    public bool BestEndsOutside => _prev[0] is NerTagger.O or NerFeatures.BeginOfSentence;

    /// <summary>Starts a sentence of <paramref name="words"/> words: one empty hypothesis.</summary>
    public void Start(int words)
    {
        int cells = words * Width;
        if (_tags.Length < cells)
        {
            Return();
            _tags = ArrayPool<byte>.Shared.Rent(cells);
            _parents = ArrayPool<int>.Shared.Rent(cells);
        }

        Count = 1;
        _score[0] = 0;
        _prev[0] = NerFeatures.BeginOfSentence;
        _prev2[0] = NerFeatures.BeginOfSentence;
        _next = 0;
    }

    /// <summary>Word <paramref name="j"/> of the sentence is O without scoring (see <see cref="NerTagger.CannotBegin"/>):
    /// the beam keeps only its best hypothesis, extended with O.</summary>
    public void Collapse(int j)
    {
        _tags[j * Width] = NerTagger.O;
        _parents[j * Width] = 0;
        _prev2[0] = _prev[0];
        _prev[0] = NerTagger.O;
        Count = 1;
    }

    /// <summary>Offers the extensions of hypothesis <paramref name="k"/> by every tag it allows, with the tags'
    /// scores for that hypothesis (call for each hypothesis, then <see cref="Commit"/>).</summary>
    public void Offer(int k, ReadOnlySpan<float> scores)
    {
        int prev = _prev[k];
        float score = _score[k];
        for (int t = 0; t < NerWeights.TagCount; t++)
        {
            float extended = score + scores[t];

            // Far below the best so far, an extension would be dropped by Commit anyway (the best only rises).
            if (NerTagger.Allowed(prev, t) && (_next == 0 || extended >= _nextScore[0] - MaxScoreGap))
            {
                Insert(extended, t, prev, k);
            }
        }
    }

    /// <summary>Makes the offered extensions, but those more than <see cref="MaxScoreGap"/> below the best, the
    /// hypotheses for word <paramref name="j"/> of the sentence.</summary>
    public void Commit(int j)
    {
        int row = j * Width;
        float floor = _nextScore[0] - MaxScoreGap;
        while (_next > 1 && _nextScore[_next - 1] < floor)
        {
            _next--;
        }

        for (int q = 0; q < _next; q++)
        {
            _tags[row + q] = (byte)_nextTag[q];
            _parents[row + q] = _nextParent[q];
            _score[q] = _nextScore[q];
            _prev[q] = _nextTag[q];
            _prev2[q] = _nextPrev[q];
        }

        Count = _next;
        _next = 0;
    }

    /// <summary>The hypothesis that hypothesis <paramref name="q"/> at word <paramref name="j"/> extends.</summary>
    public int ParentOf(int j, int q) => _parents[(j * Width) + q];

    /// <summary>Writes the tags of the best hypothesis at word <paramref name="last"/> into
    /// <paramref name="tags"/>[0..last].</summary>
    public void Backtrack(int last, Span<byte> tags)
    {
        int q = 0;
        for (int j = last; j >= 0; j--)
        {
            tags[j] = _tags[(j * Width) + q];
            q = _parents[(j * Width) + q];
        }
    }

    public void Dispose() => Return();

    private void Insert(float score, int tag, int prev, int parent)
    {
        int n = _next;
        if (n == Width && score <= _nextScore[n - 1])
        {
            return; // no better than the worst of a full beam
        }

        for (int q = 0; q < n; q++)
        {
            if (_nextTag[q] == tag && _nextPrev[q] == prev)
            {
                if (_nextScore[q] >= score)
                {
                    return;
                }

                // The same state, better: the old one goes.
                Array.Copy(_nextScore, q + 1, _nextScore, q, n - q - 1);
                Array.Copy(_nextTag, q + 1, _nextTag, q, n - q - 1);
                Array.Copy(_nextPrev, q + 1, _nextPrev, q, n - q - 1);
                Array.Copy(_nextParent, q + 1, _nextParent, q, n - q - 1);
                n--;
                break;
            }
        }

        int at = n < Width ? n : Width - 1;
        while (at > 0 && _nextScore[at - 1] < score)
        {
            _nextScore[at] = _nextScore[at - 1];
            _nextTag[at] = _nextTag[at - 1];
            _nextPrev[at] = _nextPrev[at - 1];
            _nextParent[at] = _nextParent[at - 1];
            at--;
        }

        _nextScore[at] = score;
        _nextTag[at] = tag;
        _nextPrev[at] = prev;
        _nextParent[at] = parent;
        _next = Math.Min(n + 1, Width);
    }

    private void Return()
    {
        if (_tags.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_tags);
            ArrayPool<int>.Shared.Return(_parents);
            _tags = [];
            _parents = [];
        }
    }
}
