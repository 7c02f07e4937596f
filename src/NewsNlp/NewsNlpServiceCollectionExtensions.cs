using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsNlp;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers NewsNlp with a <see cref="IServiceCollection"/>.</summary>
public static class NewsNlpServiceCollectionExtensions
{
    /// <summary>Registers one <see cref="NewsAnalyzer"/> as a singleton (it is immutable and thread-safe, and its models
    /// load once, on first use). A registration already present is kept.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="options">The analyzer's options; <see langword="null"/> registers the shared <see cref="NewsAnalyzer.Default"/>.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddNewsNlp(this IServiceCollection services, NewsAnalyzerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(_ => options is null ? NewsAnalyzer.Default : NewsAnalyzer.Create(options));
        return services;
    }
}
