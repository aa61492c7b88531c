using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ModelCatalog.Generator.Tests.Infrastructure;

namespace ModelCatalog.Generator.Tests.Consumer;

/// <summary>
/// In a consumer's project the generator also reads the compilation (the built-in catalog's names): an edit to unrelated
/// C# must still leave every step cached or unchanged, and an edit to one table re-parse only that table.
/// </summary>
public sealed class ConsumerIncrementalityTests
{
    [Fact]
    public void An_unrelated_csharp_edit_leaves_every_step_cached_or_unchanged()
    {
        AdditionalText[] tables = ConsumerTables.Acme();
        CSharpParseOptions parse = ConsumerHarness.Parse(LanguageVersion.Latest);
        CSharpCompilation compilation = ConsumerHarness.Compilation("Acme", parse, NullableContextOptions.Enable, referenceModelCatalog: true);
        GeneratorDriver driver = ConsumerHarness.CreateDriver(tables, null, null, parse).RunGenerators(compilation);

        CSharpCompilation edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("internal static class Unrelated { }", parse));
        GeneratorRunResult second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (string step in PipelineSteps.All)
        {
            IncrementalStepRunReason[] reasons = PipelineSteps.Reasons(second, step);
            Assert.NotEmpty(reasons);
            Assert.All(reasons, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {r}"));
        }

        // The names were read again from the new compilation and found equal: the value is what keeps the rest cached.
        Assert.Equal(IncrementalStepRunReason.Unchanged, PipelineSteps.Reasons(second, TrackingNames.ReferencedCatalog).Single());
        Assert.All(second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Editing_one_table_reparses_only_that_table()
    {
        AdditionalText[] tables = ConsumerTables.Acme();
        CSharpParseOptions parse = ConsumerHarness.Parse(LanguageVersion.Latest);
        CSharpCompilation compilation = ConsumerHarness.Compilation("Acme", parse, NullableContextOptions.Enable, referenceModelCatalog: true);
        AdditionalText models = tables.Single(f => f.Path.EndsWith("acme.models.csv", StringComparison.Ordinal));
        var edited = new InMemoryAdditionalText(models.Path, models.GetText()!.ToString().Replace("Acme Helper", "Acme Helper II", StringComparison.Ordinal));
        // The options know tables by path: the edited file keeps its metadata.
        GeneratorDriver driver = ConsumerHarness.CreateDriver(tables, null, null, parse).RunGenerators(compilation);
        driver = driver.ReplaceAdditionalText(models, edited);

        GeneratorRunResult second = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        ImmutableArray<IncrementalGeneratorRunStep> parses = second.TrackedSteps[TrackingNames.Parse];
        var byFile = parses.ToDictionary(
            s => Path.GetFileName(((Generator.Parsing.ParsedTable)s.Outputs.Single().Value).Path),
            s => s.Outputs.Single().Reason);
        Assert.Equal(IncrementalStepRunReason.Modified, byFile["acme.models.csv"]);
        Assert.Equal(IncrementalStepRunReason.Cached, byFile["acme.organizations.csv"]);
        Assert.Equal(IncrementalStepRunReason.Cached, byFile["acme.templates.csv"]);
        Assert.Equal(IncrementalStepRunReason.Cached, byFile["acme.checkpoints.csv"]);
        Assert.Equal(IncrementalStepRunReason.Cached, PipelineSteps.Reasons(second, TrackingNames.ReferencedCatalog).Single());
        Assert.Contains("Acme Helper II", second.GeneratedSources.Single(s => s.HintName == "AcmeModels.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }
}
