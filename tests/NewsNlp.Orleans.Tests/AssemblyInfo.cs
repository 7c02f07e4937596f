using Xunit;

// Each test class starts its own in-process cluster; one at a time keeps the run light on a shared 2-core machine.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
