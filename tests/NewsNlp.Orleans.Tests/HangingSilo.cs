namespace NewsNlp.Orleans.Tests;

/// <summary>Makes one silo stop answering analysis calls, as a silo whose process died does: a call that reaches
/// <see cref="Silo"/> never reaches the analyzer; it waits until <see cref="Release"/> and then fails as a call to a
/// dead silo does (the client has usually given up on it by then).</summary>
internal sealed class HangingSilo(ILocalSiloDetails local) : IIncomingGrainCallFilter
{
    private static CancellationTokenSource s_release = new();

    /// <summary>The silo that hangs; <see langword="null"/> for none.</summary>
    public static volatile SiloAddress? Silo;

    /// <summary>How many calls hung.</summary>
    public static int Hung;

    public static void Release()
    {
        Silo = null;
        s_release.Cancel();
        s_release = new CancellationTokenSource();
    }

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.Grain is IArticleAnalyzerGrain && local.SiloAddress.Equals(Silo))
        {
            Interlocked.Increment(ref Hung);
            await Task.Delay(Timeout.Infinite, s_release.Token).ContinueWith(static _ => { }, TaskScheduler.Default);
            throw new SiloUnavailableException("the silo died");
        }

        await context.Invoke();
    }
}
