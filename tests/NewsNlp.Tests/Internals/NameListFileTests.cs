using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.Internals;

/// <summary>The name-list files the model builder writes read back as written (<see cref="NameListFile"/>).</summary>
public sealed class NameListFileTests
{
    [Fact]
    public void AWrittenListReadsBackTagByTag()
    {
        string path = Path.Combine(Path.GetTempPath(), "newsnlp-names-" + Guid.NewGuid().ToString("N") + ".bin");
        try
        {
            NameListFile.Write(path, "test-names 1", [('A', ["Harbor City Gulls", "Ümlaut Ltd"]), ('B', ["Gulls"])]);
            using FileStream stream = File.OpenRead(path);
            List<string>[] lists = NameListFile.Read(stream, "test-names 1", "AB", "test");
            lists[0].Should().Equal("Harbor City Gulls", "Ümlaut Ltd");
            lists[1].Should().Equal("Gulls");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
