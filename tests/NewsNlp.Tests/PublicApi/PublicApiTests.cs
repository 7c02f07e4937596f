using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using FluentAssertions;
using NewsNlp.Tests.Support;
using PublicApiGenerator;
using Xunit;

namespace NewsNlp.Tests.PublicApi;

/// <summary>The public API as a whole: a snapshot so that changes are deliberate, and the conventions it keeps.</summary>
public sealed class PublicApiTests
{
    private static readonly Assembly s_library = typeof(NewsAnalyzer).Assembly;
    private static readonly Assembly s_training = typeof(TopicTrainer).Assembly;

    [Theory]
    [InlineData("NewsNlp")]
    [InlineData("NewsNlp.Training")]
    [InlineData("NewsNlp.Html")]
    public void PublicApi_MatchesApprovedSnapshot(string package)
    {
        Assembly assembly = package switch { "NewsNlp" => s_library, "NewsNlp.Html" => typeof(HtmlExtractor).Assembly, _ => s_training };
        assembly.GetName().Name.Should().Be(package, "each assembly is named like its package");
        string api = assembly.GeneratePublicApi(new ApiGeneratorOptions { DenyNamespacePrefixes = [], ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"] });
        GoldenFile.Verify(Path.Combine("..", "PublicApi", package + ".approved.txt"), api.ReplaceLineEndings("\n") + "\n");
    }

    [Fact]
    public void Runtime_DoesNotReferenceMlNet()
    {
        s_library.GetReferencedAssemblies().Select(a => a.Name).Should().NotContain(n => n!.StartsWith("Microsoft.ML", StringComparison.Ordinal));
        s_training.GetReferencedAssemblies().Select(a => a.Name).Should().Contain("Microsoft.ML.StandardTrainers");
    }

    [Fact]
    public void Training_IsAnnotatedAsNeitherTrimNorAotSafe()
    {
        MethodInfo train = typeof(TopicTrainer).GetMethod(nameof(TopicTrainer.Train))!;

        train.GetCustomAttribute<RequiresDynamicCodeAttribute>().Should().NotBeNull();
        train.GetCustomAttribute<RequiresUnreferencedCodeAttribute>().Should().NotBeNull();
    }

    [Fact]
    public void PublicClasses_AreSealedOrAbstractOrStatic()
    {
        s_library.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract)
            .Should().BeEmpty();
    }

    [Fact]
    public void ResultTypes_HaveNoPublicSetters()
    {
        Type[] results = [typeof(NewsAnalysis), typeof(Entity), typeof(Mention), typeof(Quote), typeof(Dateline), typeof(Byline), typeof(TextSegment), typeof(TopicScore), typeof(Keyword), typeof(RegionScore)];
        foreach (Type t in results)
        {
            foreach (PropertyInfo p in t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                MethodInfo? setter = p.SetMethod;
                bool initOnly = setter is not null && setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit");
                (setter is null || !setter.IsPublic || initOnly).Should().BeTrue($"{t.Name}.{p.Name} must not have a public setter");
            }
        }
    }

    [Fact]
    public void PublicApi_ExposesNoMlNetType()
    {
        foreach (Type t in s_library.GetExportedTypes())
        {
            foreach (MemberInfo m in t.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                IEnumerable<Type> used = m switch
                {
                    MethodInfo mi => [mi.ReturnType, .. mi.GetParameters().Select(p => p.ParameterType)],
                    PropertyInfo pi => [pi.PropertyType],
                    FieldInfo fi => [fi.FieldType],
                    ConstructorInfo ci => ci.GetParameters().Select(p => p.ParameterType),
                    _ => [],
                };
                foreach (Type u in used)
                {
                    (u.Namespace ?? "").Should().NotStartWith("Microsoft.ML", $"{t.Name}.{m.Name} exposes {u.FullName}");
                }
            }
        }
    }

    [Fact]
    public void EmbeddedModels_HaveStableResourceNames()
    {
        string[] names = s_library.GetManifestResourceNames();
        names.Where(n => !n.StartsWith("NewsNlp.Models.", StringComparison.Ordinal)).Should().BeEmpty();
    }
}
