using ModelCatalog.PackageTests.Infrastructure;

namespace ModelCatalog.PackageTests;

/// <summary>Scenario 2: the package's promise that a typo is a build error, not a runtime surprise.</summary>
[Collection(ConsumerCollection.Name)]
public sealed class TypoConsumerTests
{
    [Fact]
    public async Task A_misspelt_model_fails_to_compile_with_CS0117_naming_the_member()
    {
        using var workspace = new ConsumerWorkspace();
        DotNet.Result build = await workspace.BuildAsync(workspace.CreateConsumer("Typo"));

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("error CS0117: 'Models' does not contain a definition for 'Llama33'", build.Output, StringComparison.Ordinal);
        // That error alone: the restore from the local feed worked and nothing else broke.
        Assert.DoesNotContain("error NU", build.Output, StringComparison.Ordinal);
        Assert.Contains("1 Error(s)", build.Output, StringComparison.Ordinal);
    }
}
