using Xunit;

namespace NewsNlp.Tests.Support;

/// <summary>A fact that reads ../shared: skipped, with the reason, on a machine without it; run (and failing without
/// it) in CI, where <see cref="TestData.RequireShared"/> holds.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (!TestData.HasShared && !TestData.RequireShared)
        {
            Skip = SharedData.SkipReason;
        }
    }
}

/// <summary>A theory that reads ../shared; see <see cref="SharedDataFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute()
    {
        if (!TestData.HasShared && !TestData.RequireShared)
        {
            Skip = SharedData.SkipReason;
        }
    }
}

internal static class SharedData
{
    public const string SkipReason = "needs ../shared (the datasets beside the clone); CI has it and runs this test (set NEWSNLP_REQUIRE_SHARED=1 to make it fail here instead)";
}
