using ModelCatalog.PackageTests.Infrastructure;

namespace ModelCatalog.PackageTests;

/// <summary>Scenario 2: the package's promise that a typo is a build error, not a runtime surprise.</summary>
[Collection(ConsumerCollection.Name)]
public sealed class TypoConsumerTests
{
    [Fact]
    public async Task A_misspelt_model_fails_to_compile_with_CS0117_at_the_member()
    {
        using var workspace = new ConsumerWorkspace();
        string consumer = workspace.CreateConsumer("Typo");

        // The restore from the local feed works on its own (exit code), so the build's failure is the compiler's.
        DotNet.Result restore = await workspace.RestoreAsync(consumer);
        Assert.True(restore.ExitCode == 0, restore.ToString());
        DotNet.Result build = await workspace.BuildRestoredAsync(consumer);

        Assert.NotEqual(0, build.ExitCode);
        CompilerLog.Entry error = Assert.Single(CompilerLog.Read(Path.Combine(consumer, ConsumerWorkspace.CompilerLogName)));
        Assert.Equal(("CS0117", "error"), (error.RuleId, error.Level));
        // The position is that of the misspelt member in Program.cs (SARIF lines and columns are 1-based).
        string line = File.ReadAllLines(Path.Combine(consumer, "Program.cs"))[error.Line - 1];
        Assert.EndsWith("Program.cs", error.File, StringComparison.Ordinal);
        Assert.StartsWith("Llama33", line[(error.Column - 1)..], StringComparison.Ordinal);
    }
}
