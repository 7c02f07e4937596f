using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsNlp;
using NewsNlp.Cli;
using NewsNlp.Orleans;
using Orleans.Configuration;

const string Usage = """
    usage:
      newsnlp-orleans silo [--instance N] [--config FILE]
          run a silo; local development clustering unless FILE (or appsettings.json, or the environment) sets
          Orleans:Clustering:ProviderType. Instance N listens on ports 11111+N (silo) and 30000+N (gateway); 0 is the
          primary that the others join.
      newsnlp-orleans analyze [--in-flight N] [--timeout SECONDS] [--config FILE] [FILE]
          {"id","text"} JSONL in (FILE, or - / nothing for stdin), one analysis per line out, in input order, as
          `newsnlp analyze --input jsonl --format jsonl` writes it; at most N requests in flight (default 32); a
          request unanswered after SECONDS (default 30) is sent again: how long the loss of a silo can stall a run.
    """;

try
{
    return args.FirstOrDefault() switch
    {
        "silo" => await RunSiloAsync(CliOptions.Parse(args, ["--instance", "--config"], [])),
        "analyze" => await AnalyzeAsync(CliOptions.Parse(args, ["--in-flight", "--timeout", "--config"], [])),
        _ => Fail(args.Length == 0 ? null : $"unknown command '{args[0]}'"),
    };
}
catch (UsageException e)
{
    return Fail(e.Message);
}
catch (Exception e) when (e is ClusterUnavailableException or IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine("newsnlp-orleans: " + e.Message);
    return 1;
}

static int Fail(string? problem)
{
    if (problem is not null)
    {
        Console.Error.WriteLine("newsnlp-orleans: " + problem);
    }

    Console.Error.WriteLine(Usage);
    return 2;
}

static int IntOption(CliOptions opts, string name, int fallback, int min) =>
    opts.Get(name) is not { } s ? fallback
    : int.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, out int n) && n >= min ? n
    : throw new UsageException($"{name} takes a whole number of at least {min}");

static HostApplicationBuilder CreateBuilder(CliOptions opts)
{
    // No command-line arguments go to the host's configuration (a FILE path would be read as a key); settings come
    // from appsettings.json, the environment and --config FILE.
    var builder = Host.CreateApplicationBuilder([]);
    if (opts.Get("--config") is { } path)
    {
        builder.Configuration.AddJsonFile(Path.GetFullPath(path), optional: false);
    }

    return builder;
}

static async Task<int> RunSiloAsync(CliOptions opts)
{
    if (opts.Positional.Count > 0)
    {
        throw new UsageException("silo takes no FILE");
    }

    int instance = IntOption(opts, "--instance", 0, 0);
    var builder = CreateBuilder(opts);
    builder.UseOrleans(silo => ClusterHosting.ConfigureSilo(silo, builder.Configuration, instance));
    using IHost host = builder.Build();
    await host.StartAsync();

    // Load the models now rather than on the first request.
    _ = host.Services.GetRequiredService<NewsAnalyzer>().Analyze("WASHINGTON (AP) — The silo is ready, officials said.");
    await host.WaitForShutdownAsync();
    return 0;
}

static async Task<int> AnalyzeAsync(CliOptions opts)
{
    int inFlight = IntOption(opts, "--in-flight", ClusterAnalysisClient.DefaultInFlight, 1);
    int timeout = IntOption(opts, "--timeout", 30, 1);
    var builder = CreateBuilder(opts);

    // Standard output is the JSONL: the client's log goes to standard error, warnings and up (errors only from Orleans
    // with local clustering, where the gateways of silos not started are expected to be missing).
    builder.Logging.ClearProviders();
    builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
    builder.Logging.SetMinimumLevel(LogLevel.Warning);
    if (!ClusterHosting.HasClusteringConfiguration(builder.Configuration))
    {
        builder.Logging.AddFilter("Orleans", LogLevel.Error);
    }

    builder.UseOrleansClient(client =>
    {
        ClusterHosting.ConfigureClient(client, builder.Configuration);
        client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(timeout));
    });
    using IHost host = builder.Build();
    using TextReader reader = opts.OpenInput(Console.In);
    await host.StartAsync();
    var runner = host.Services.GetRequiredService<ClusterAnalysisClient>();
    try
    {
        return runner.Run(reader, Console.Out, Console.Error, inFlight);
    }
    finally
    {
        if (runner.Metrics.Retries > 0)
        {
            Console.Error.WriteLine($"newsnlp-orleans: {runner.Metrics.Retries:N0} requests sent again after a silo failed to answer");
        }

        await host.StopAsync();
    }
}
