using ModelCatalog.PackageTests.Infrastructure;

namespace ModelCatalog.PackageTests;

/// <summary>
/// Issue 17: the package's lookup analyzer checks names written as text. A consumer's
/// <c>Models.TryFind("Llama 33", out _)</c> gets MCAT401 at the literal: an error under TreatWarningsAsErrors (the
/// workspace's consumers have it), a warning without.
/// </summary>
[Collection(ConsumerCollection.Name)]
public sealed class LookupAnalyzerConsumerTests
{
    [Fact]
    public async Task A_misspelt_name_in_text_is_MCAT401_at_the_literal_and_an_error_with_warnings_as_errors()
    {
        using var workspace = new ConsumerWorkspace();
        string consumer = await RestoredConsumerAsync(workspace);

        DotNet.Result strict = await workspace.BuildRestoredAsync(consumer);

        Assert.NotEqual(0, strict.ExitCode);
        CompilerLog.Entry error = Assert.Single(CompilerLog.Read(Path.Combine(consumer, ConsumerWorkspace.CompilerLogName)));
        Assert.Equal(("MCAT401", "error"), (error.RuleId, error.Level));
        AssertAtTheLiteral(consumer, error);
    }

    [Fact]
    public async Task Without_warnings_as_errors_the_consumer_builds_with_the_warning()
    {
        using var workspace = new ConsumerWorkspace();
        string consumer = await RestoredConsumerAsync(workspace);

        DotNet.Result build = await DotNet.RunAsync(
            consumer, "build", "--no-restore", "-c", "Release", "-tl:off", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-p:TreatWarningsAsErrors=false", "-p:MSBuildTreatWarningsAsErrors=false");

        Assert.True(build.ExitCode == 0, build.ToString());
        CompilerLog.Entry warning = Assert.Single(CompilerLog.Read(Path.Combine(consumer, ConsumerWorkspace.CompilerLogName)));
        Assert.Equal(("MCAT401", "warning"), (warning.RuleId, warning.Level));
        AssertAtTheLiteral(consumer, warning);
    }

    /// <summary>The LookupTypo consumer, restored from the local feed alone (so a failed build is the compiler's).</summary>
    private static async Task<string> RestoredConsumerAsync(ConsumerWorkspace workspace)
    {
        string consumer = workspace.CreateConsumer("LookupTypo");
        DotNet.Result restore = await workspace.RestoreAsync(consumer);
        Assert.True(restore.ExitCode == 0, restore.ToString());
        return consumer;
    }

    /// <summary>The diagnostic starts at the opening quote of "Llama 33" in Program.cs (SARIF is 1-based).</summary>
    private static void AssertAtTheLiteral(string consumer, CompilerLog.Entry entry)
    {
        string[] lines = File.ReadAllLines(Path.Combine(consumer, "Program.cs"));
        Assert.EndsWith("Program.cs", entry.File, StringComparison.Ordinal);
        Assert.Equal(5, entry.Line);
        Assert.Equal(lines[4].IndexOf("\"Llama 33\"", StringComparison.Ordinal) + 1, entry.Column);
    }
}
