using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NewsNlp;

/// <summary>The trained tagger weights: hashed feature buckets to quantized per-tag weights.
/// Stored Brotli-compressed in <c>Models/ner.bin</c> (format: <c>NerModel.File.cs</c>); loaded once, immutable, thread-safe.</summary>
/// <remarks>Lookup is the hot path of the whole pipeline (about 50 features per word, two passes). Which buckets hold a
/// row is a <see cref="RankedBitmap"/> small enough to stay in cache, so a feature costs one popcount and one read of
/// its row; the row reads are prefetched together so that their cache misses overlap.</remarks>
internal sealed partial class NerModel : NerWeights
{
    private static readonly Lazy<NerModel> s_pass1 = new(() => LoadResource("NewsNlp.Models.ner.bin"));
    private static readonly Lazy<NerModel> s_pass2 = new(() => LoadResource("NewsNlp.Models.ner2.bin"));

    private readonly RankedBitmap _index;
    private readonly short[] _rows;
    private readonly float _scale;

    /// <summary>The summed weights of the <see cref="NerFeatureParts.TagHistory"/> features, which read nothing of the
    /// words but their casing context: per previous two tags (<see cref="NerFeatures.PreviousTag"/> and
    /// <see cref="NerFeatures.PreviousTwoTags"/>), and per casing context and previous tag
    /// (<see cref="NerFeatures.PreviousTagAndCasing"/>), <see cref="NerWeights.TagCount"/> sums each. Every beam
    /// hypothesis of every scored word needs them; a table read replaces three lookups.</summary>
    private readonly int[] _previousTags;
    private readonly int[] _previousTagAndCasing;

    private NerModel(int bucketBits, RankedBitmap index, short[] rows, float scale)
    {
        _index = index;
        _rows = rows;
        _scale = scale;
        const int tags = NerFeatures.PreviousTags;
        _previousTags = new int[tags * tags * TagCount];
        _previousTagAndCasing = new int[NerFeatures.CasingContexts * tags * TagCount];
        Span<ulong> features = stackalloc ulong[2];
        for (int prev = 0; prev < tags; prev++)
        {
            for (int prev2 = 0; prev2 < tags; prev2++)
            {
                features[0] = NerFeatures.PreviousTag(prev);
                features[1] = NerFeatures.PreviousTwoTags(prev, prev2);
                Accumulate(features, _previousTags.AsSpan(((prev * tags) + prev2) * TagCount, TagCount));
            }

            for (int casing = 0; casing < NerFeatures.CasingContexts; casing++)
            {
                features[0] = NerFeatures.PreviousTagAndCasing(prev, (ulong)casing);
                Accumulate(features[..1], _previousTagAndCasing.AsSpan(((casing * tags) + prev) * TagCount, TagCount));
            }
        }
    }

    /// <summary>Gets the first-pass model (no document-level type evidence).</summary>
    public static NerModel Pass1 => s_pass1.Value;

    /// <summary>Gets the second-pass model (sees the types the first pass gave each word in the document).</summary>
    public static NerModel Pass2 => s_pass2.Value;

    public override void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        Span<int> sums = stackalloc int[TagCount];
        sums.Clear();
        Accumulate(features, sums);
        AddScaled(sums, scores);
    }

    /// <summary>Adds the quantized weights of every feature to <paramref name="sums"/> (length <see cref="NerWeights.TagCount"/>).
    /// Integer sums: any grouping of the features gives the same result.</summary>
    public void Accumulate(ReadOnlySpan<ulong> features, Span<int> sums)
    {
        RankedBitmap index = _index;
        ref short rows = ref MemoryMarshal.GetArrayDataReference(_rows);

        // First find every row (the index is small and cached) and start fetching it; then add them up, so that the
        // row reads, which miss the cache, overlap instead of waiting one after another.
        Span<int> found = stackalloc int[features.Length];
        int n = 0;
        foreach (ulong f in features)
        {
            bool member = index.TryRank(index.BucketOf(f), out int row);
            int offset = row * TagCount;
            found[n] = offset;
            n += member ? 1 : 0;
            if (Sse.IsSupported)
            {
                unsafe
                {
                    Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref rows, offset)));
                }
            }
        }

        Vector128<int> lo = Vector128<int>.Zero;
        Vector128<int> hi = Vector128<int>.Zero;
        int last = 0;
        foreach (int offset in found[..n])
        {
            ref short w = ref Unsafe.Add(ref rows, offset);
            (Vector128<int> l, Vector128<int> h) = Vector128.Widen(Vector128.LoadUnsafe(ref w));
            lo += l;
            hi += h;
            last += Unsafe.Add(ref w, 8);
        }

        for (int t = 0; t < 4; t++)
        {
            sums[t] += lo[t];
            sums[t + 4] += hi[t];
        }

        sums[8] += last;
    }

    /// <summary>Adds the weights of the <see cref="NerFeatureParts.TagHistory"/> features of a word of casing context
    /// <paramref name="casing"/> (<see cref="NerFeatures.CasingContext"/>) after the tags <paramref name="prev2"/>,
    /// <paramref name="prev"/> to <paramref name="sums"/>: the same integer sums as <see cref="Accumulate"/> of those
    /// features.</summary>
    public void AddTagHistory(int prev, int prev2, int casing, Span<int> sums)
    {
        const int tags = NerFeatures.PreviousTags;
        ReadOnlySpan<int> a = _previousTags.AsSpan(((prev * tags) + prev2) * TagCount, TagCount);
        ReadOnlySpan<int> b = _previousTagAndCasing.AsSpan(((casing * tags) + prev) * TagCount, TagCount);
        for (int t = 0; t < TagCount; t++)
        {
            sums[t] += a[t] + b[t];
        }
    }

    /// <summary>Adds integer weight sums (<see cref="Accumulate"/>) to <paramref name="scores"/> as scores.</summary>
    public void AddScaled(ReadOnlySpan<int> sums, Span<float> scores)
    {
        for (int t = 0; t < TagCount; t++)
        {
            scores[t] += sums[t] * _scale;
        }
    }

    private static NerModel LoadResource(string name)
    {
        using Stream s = ModelFile.OpenEmbedded(name, "ner");
        return Load(s);
    }
}
