namespace NewsNlp.ModelBuilder;

/// <summary>Averaged perceptron weights over hashed feature buckets (dense, training only).</summary>
internal sealed class NerPerceptron : NerWeights
{
    private readonly int _shift;
    private readonly float[] _w;
    private readonly float[] _u;
    private int _c = 1;

    public NerPerceptron(int bucketBits)
    {
        BucketBits = bucketBits;
        _shift = 64 - bucketBits;
        _w = new float[(1 << bucketBits) * TagCount];
        _u = new float[_w.Length];
    }

    public int BucketBits { get; }

    public override void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        foreach (ulong f in features)
        {
            int b = (int)(f >> _shift) * TagCount;
            for (int t = 0; t < TagCount; t++)
            {
                scores[t] += _w[b + t];
            }
        }
    }

    /// <summary>Adds <paramref name="delta"/> to one tag's weight of every feature (structured updates).</summary>
    public void Add(ReadOnlySpan<ulong> features, int tag, float delta)
    {
        float cw = _c * delta;
        foreach (ulong f in features)
        {
            int b = ((int)(f >> _shift) * TagCount) + tag;
            _w[b] += delta;
            _u[b] += cw;
        }
    }

    public void Tick() => _c++;

    /// <summary>The averaged weights.</summary>
    public float[] Averaged()
    {
        var avg = new float[_w.Length];
        float c = _c;
        for (int i = 0; i < avg.Length; i++)
        {
            avg[i] = _w[i] - (_u[i] / c);
        }

        return avg;
    }

    /// <summary>A fixed scorer over given weights (for evaluation).</summary>
    public sealed class Fixed(int bucketBits, float[] weights) : NerWeights
    {
        private readonly int _shift = 64 - bucketBits;

        public float[] Weights => weights;

        public override void Score(ReadOnlySpan<ulong> features, Span<float> scores)
        {
            foreach (ulong f in features)
            {
                int b = (int)(f >> _shift) * TagCount;
                for (int t = 0; t < TagCount; t++)
                {
                    scores[t] += weights[b + t];
                }
            }
        }
    }
}
