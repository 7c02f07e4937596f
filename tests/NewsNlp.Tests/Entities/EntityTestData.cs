using NewsNlp.Tests.Support;

namespace NewsNlp.Tests.Entities;

/// <summary>Locates ../shared (the read-only data folder beside the clone) for the entity tests.</summary>
internal static class EntityTestData
{
    public static string Shared => TestData.SharedDir;

    public static string Path(params string[] parts) => System.IO.Path.Combine([Shared, .. parts]);
}
