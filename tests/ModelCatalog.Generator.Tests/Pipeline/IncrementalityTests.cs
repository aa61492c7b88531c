using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ModelCatalog.Generator.Tests.Infrastructure;

namespace ModelCatalog.Generator.Tests.Pipeline;

/// <summary>
/// The generator runs on every keystroke in an IDE: a second run must reuse everything it can. These tests run
/// the driver twice and read the tracked steps' reasons.
/// </summary>
public sealed class IncrementalityTests
{
    private static readonly string[] AllSteps = PipelineSteps.All;

    [Fact]
    public void An_unrelated_csharp_edit_leaves_every_step_cached_or_unchanged()
    {
        AdditionalText[] files = CatalogFiles.FromDirectory(TestPaths.Fixture("small"));
        CSharpCompilation compilation = GeneratorHarness.RuntimeCompilation();
        GeneratorDriver driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);

        CSharpCompilation edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("internal static class Unrelated { }"));
        GeneratorRunResult second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (string step in AllSteps)
        {
            IncrementalStepRunReason[] reasons = Reasons(second, step);
            Assert.NotEmpty(reasons);
            Assert.All(reasons, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {r}"));
        }

        Assert.All(second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Editing_one_table_reparses_only_that_table()
    {
        AdditionalText[] files = CatalogFiles.FromDirectory(TestPaths.Fixture("small"));
        CSharpCompilation compilation = GeneratorHarness.RuntimeCompilation();
        GeneratorDriver driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);

        AdditionalText models = files.Single(f => f.Path.EndsWith("models.csv", StringComparison.Ordinal));
        string changed = models.GetText()!.ToString().Replace("Mystery Model", "Mystery Model II", StringComparison.Ordinal);
        driver = driver.ReplaceAdditionalText(models, new InMemoryAdditionalText(models.Path, changed));
        GeneratorRunResult second = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        ImmutableArray<IncrementalGeneratorRunStep> parses = second.TrackedSteps[TrackingNames.Parse];
        Assert.Equal(3, parses.Length);
        var byFile = parses.ToDictionary(
            s => Path.GetFileName(((Generator.Parsing.ParsedTable)s.Outputs.Single().Value).Path),
            s => s.Outputs.Single().Reason);
        Assert.Equal(IncrementalStepRunReason.Modified, byFile["models.csv"]);
        Assert.Equal(IncrementalStepRunReason.Cached, byFile["organizations.csv"]);
        Assert.Equal(IncrementalStepRunReason.Cached, byFile["templates.csv"]);
        Assert.Equal(IncrementalStepRunReason.Modified, Reasons(second, TrackingNames.Emit).Single());
        Assert.Contains("Mystery Model II", second.GeneratedSources.Single(s => s.HintName == "ModelCatalog.Models.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Moving_a_row_without_changing_it_does_not_reemit()
    {
        // The catalog model holds no positions: adding a blank line shifts every position but not the catalog.
        AdditionalText[] files = CatalogFiles.FromDirectory(TestPaths.Fixture("small"));
        CSharpCompilation compilation = GeneratorHarness.RuntimeCompilation();
        GeneratorDriver driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);

        AdditionalText models = files.Single(f => f.Path.EndsWith("models.csv", StringComparison.Ordinal));
        string text = models.GetText()!.ToString();
        int firstLineEnd = text.IndexOf('\n', StringComparison.Ordinal) + 1;
        driver = driver.ReplaceAdditionalText(models, new InMemoryAdditionalText(models.Path, text.Insert(firstLineEnd, "\n")));
        GeneratorRunResult second = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(second, TrackingNames.Parse));
        Assert.Equal(IncrementalStepRunReason.Unchanged, Reasons(second, TrackingNames.Link).Single());
        Assert.Equal(IncrementalStepRunReason.Cached, Reasons(second, TrackingNames.Emit).Single());
    }

    [Fact]
    public void No_pipeline_value_holds_a_symbol_syntax_node_or_compilation()
    {
        GeneratorRunResult result = GeneratorHarness.Run(CatalogFiles.FromDirectory(TestPaths.Fixture("small"))).Result.Results.Single();

        int checkedValues = 0;
        // The generator's own steps: the compiler's input steps ("Compilation", ...) hold what they are.
        foreach (IncrementalGeneratorRunStep step in result.TrackedSteps.Where(s => AllSteps.Contains(s.Key)).SelectMany(s => s.Value))
        {
            foreach ((object value, IncrementalStepRunReason _) in step.Outputs)
            {
                AssertNoRoslynObjects(value, step.Name ?? "?", new HashSet<object>(ReferenceEqualityComparer.Instance));
                checkedValues++;
            }
        }

        Assert.True(checkedValues >= AllSteps.Length, $"only {checkedValues} values checked");
    }

    private static IncrementalStepRunReason[] Reasons(GeneratorRunResult result, string step) => PipelineSteps.Reasons(result, step);

    /// <summary>Walks a value's fields and elements; fails on anything that would keep a compilation alive.</summary>
    private static void AssertNoRoslynObjects(object? value, string path, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        Assert.False(
            value is ISymbol or SyntaxNode or Compilation or SyntaxTree or Location or SemanticModel,
            $"{path} holds a {value.GetType().Name}");
        if (value is IEnumerable sequence)
        {
            int i = 0;
            foreach (object? item in sequence)
            {
                AssertNoRoslynObjects(item, $"{path}[{i++}]", seen);
            }
        }

        foreach (FieldInfo field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            if (field.FieldType.IsPointer || field.FieldType.IsByRefLike)
            {
                continue;
            }

            AssertNoRoslynObjects(field.GetValue(value), $"{path}.{field.Name}", seen);
        }
    }
}
