extern alias ModelCatalogLibrary;

using System.Collections.Immutable;
using System.Reflection;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ModelCatalog.Generator.Tests.Infrastructure;

/// <summary>
/// Runs the generator in a consumer's project: a compilation that references the built ModelCatalog.dll (the package's
/// library, net10.0), with the consumer's tables as AdditionalFiles marked ModelCatalogTable and its MSBuild properties.
/// </summary>
public static class ConsumerHarness
{
    public static readonly MetadataReference ModelCatalogLibrary = MetadataReference.CreateFromFile(typeof(ModelCatalogLibrary::ModelCatalog.Model).Assembly.Location);

    public static CSharpParseOptions Parse(LanguageVersion version) =>
        new CSharpParseOptions(version, DocumentationMode.Diagnose).WithPreprocessorSymbols("NET", "NET10_0_OR_GREATER");

    /// <summary>A consumer library: warnings as errors and documentation checked, as a strict project builds.</summary>
    public static CSharpCompilation Compilation(string assemblyName, CSharpParseOptions parse, NullableContextOptions nullable, bool referenceModelCatalog, params string[] sources) =>
        Compilation(assemblyName, parse, nullable, referenceModelCatalog ? [ModelCatalogLibrary] : [], sources);

    public static CSharpCompilation Compilation(string assemblyName, CSharpParseOptions parse, NullableContextOptions nullable, MetadataReference[] references, params string[] sources) =>
        CSharpCompilation.Create(
            assemblyName,
            sources.Select((text, i) => CSharpSyntaxTree.ParseText(text, parse, $"Source{i}.cs")),
            [.. Net100.References.All, .. references],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: nullable, generalDiagnosticOption: ReportDiagnostic.Error));

    public static GeneratorRun Run(
        AdditionalText[] tables,
        (string Property, string Value)[]? properties = null,
        AdditionalText[]? otherFiles = null,
        LanguageVersion version = LanguageVersion.Latest,
        NullableContextOptions nullable = NullableContextOptions.Enable,
        bool referenceModelCatalog = true,
        MetadataReference[]? libraries = null,
        string assemblyName = "Acme",
        params string[] sources)
    {
        CSharpParseOptions parse = Parse(version);
        MetadataReference[] references = [.. referenceModelCatalog ? [ModelCatalogLibrary] : Array.Empty<MetadataReference>(), .. libraries ?? []];
        CSharpCompilation compilation = Compilation(assemblyName, parse, nullable, references, sources);
        GeneratorDriver driver = CreateDriver(tables, properties, otherFiles, parse)
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> driverDiagnostics);
        return new GeneratorRun(driver, output, driverDiagnostics);
    }

    public static GeneratorDriver CreateDriver(AdditionalText[] tables, (string Property, string Value)[]? properties, AdditionalText[]? otherFiles, CSharpParseOptions parse) =>
        GeneratorHarness.CreateDriver(
            [.. tables, .. otherFiles ?? []],
            TableOptions.Consumer(tables, properties ?? [("RootNamespace", "Acme")]),
            parse);

    /// <summary>A library with a catalog of its own, compiled (a reference for another consumer).</summary>
    public static MetadataReference Library(string assemblyName, AdditionalText[] tables)
    {
        GeneratorRun run = Run(tables, properties: [("RootNamespace", assemblyName)], assemblyName: assemblyName);
        Assert.Empty(run.Diagnostics);
        using var image = new MemoryStream();
        var emitted = run.Output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }

    /// <summary>Emits the consumer's assembly and calls its <c>Probe.Run()</c>, which returns what the test compares.</summary>
    public static string Execute(Compilation output)
    {
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        // ModelCatalog is already loaded (the test references it): the consumer's assembly binds to that one.
        Assembly assembly = Assembly.Load(image.ToArray());
        return (string)assembly.GetType("Probe")!.GetMethod("Run")!.Invoke(null, null)!;
    }
}
