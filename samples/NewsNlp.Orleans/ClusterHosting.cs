using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;

namespace NewsNlp.Orleans;

/// <summary>How a silo and a client join the cluster. Without clustering configuration: local development clustering
/// on this machine (silo <c>n</c> listens on <see cref="BaseSiloPort"/>+n and <see cref="BaseGatewayPort"/>+n, and
/// silo 0 is the primary the others join). With <c>Orleans:Clustering:ProviderType</c> set (appsettings.json,
/// <c>--config FILE</c> or <c>Orleans__Clustering__ProviderType</c> in the environment): Orleans' own
/// configuration-based providers (Redis is referenced here), no code change.</summary>
internal static class ClusterHosting
{
    public const int BaseSiloPort = 11111;
    public const int BaseGatewayPort = 30000;

    /// <summary>Local silos a development client looks for (gateway ports 30000–30003).</summary>
    public const int LocalGateways = 4;

    /// <summary>Room for the largest article the analyzer takes (<see cref="NewsAnalyzer.MaxInputLength"/> UTF-16
    /// chars, up to 3 bytes each in UTF-8) and its JSON; Orleans' default, 100 MB, is smaller.</summary>
    private const int MaxMessageBodyBytes = 4 * NewsAnalyzer.MaxInputLength;

    public static bool HasClusteringConfiguration(IConfiguration configuration) =>
        configuration["Orleans:Clustering:ProviderType"] is { Length: > 0 };

    public static void ConfigureSilo(ISiloBuilder silo, IConfiguration configuration, int instance)
    {
        if (!HasClusteringConfiguration(configuration))
        {
            silo.UseLocalhostClustering(BaseSiloPort + instance, BaseGatewayPort + instance, new IPEndPoint(IPAddress.Loopback, BaseSiloPort));
        }

        silo.Configure<SiloMessagingOptions>(o => o.MaxMessageBodySize = MaxMessageBodyBytes);
        AddAnalyzer(silo.Services);
    }

    /// <summary>The silo's services: one shared analyzer (models load once per process) and its metrics.</summary>
    public static void AddAnalyzer(IServiceCollection services)
    {
        services.AddNewsNlp();
        services.AddMetrics();
        services.AddSingleton<SiloMetrics>();
    }

    public static void ConfigureClient(IClientBuilder client, IConfiguration configuration)
    {
        if (!HasClusteringConfiguration(configuration))
        {
            client.UseLocalhostClustering([.. Enumerable.Range(BaseGatewayPort, LocalGateways)]);
        }

        client.Configure<ClientMessagingOptions>(o => o.MaxMessageBodySize = MaxMessageBodyBytes);
        AddClient(client);
    }

    /// <summary>The client's services: its metrics, the gateway-loss signal and the JSONL runner.</summary>
    public static void AddClient(IClientBuilder client)
    {
        var loss = new GatewayLoss();
        client.AddClusterConnectionStatusObserver(loss);
        client.Services.AddSingleton(loss);
        client.Services.AddMetrics();
        client.Services.AddSingleton<ClientMetrics>();
        client.Services.AddSingleton<ClusterAnalysisClient>();
    }
}
