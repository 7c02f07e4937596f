using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.TestingHost;

namespace NewsNlp.Orleans.Tests;

/// <summary>An in-process cluster of two silos configured as the sample's silos are, with a client that has the
/// sample's JSONL runner.</summary>
internal static class TwoSiloCluster
{
    /// <summary>How long the client waits for an answer before it sends a call again: short, for the silo-failure test,
    /// whose victim hangs before it dies.</summary>
    public static readonly TimeSpan ResponseTimeout = TimeSpan.FromSeconds(3);

    public static async Task<TestCluster> StartAsync()
    {
        var builder = new TestClusterBuilder(2);
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        builder.AddClientBuilderConfigurator<ClientConfigurator>();
        TestCluster cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    public static ClusterAnalysisClient Runner(this TestCluster cluster) =>
        cluster.Client.ServiceProvider.GetRequiredService<ClusterAnalysisClient>();

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            ClusterHosting.AddAnalyzer(siloBuilder.Services);
            siloBuilder.AddIncomingGrainCallFilter<HangingSilo>();
        }
    }

    private sealed class ClientConfigurator : IClientBuilderConfigurator
    {
        public void Configure(IConfiguration configuration, IClientBuilder clientBuilder)
        {
            ClusterHosting.AddClient(clientBuilder);

            // Backstop for a call that hangs on a live silo (SiloFailureTests): given up after this, not Orleans' 30 s.
            clientBuilder.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = ResponseTimeout);
        }
    }
}
