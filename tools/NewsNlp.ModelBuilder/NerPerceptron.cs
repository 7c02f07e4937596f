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

    public void Update(ReadOnlySpan<ulong> features, int gold, int predicted, float weight = 1f)
    {
        float cw = _c * weight;
        foreach (ulong f in features)
        {
            int b = (int)(f >> _shift) * TagCount;
            _w[b + gold] += weight;
            _u[b + gold] += cw;
            _w[b + predicted] -= weight;
            _u[b + predicted] -= cw;
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
