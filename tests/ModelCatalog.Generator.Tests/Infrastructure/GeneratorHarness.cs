using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ModelCatalog.Generator.Tests.Infrastructure;

/// <summary>
/// Runs the generator the way the compiler does: over a compilation of the runtime's hand-written types (the
/// real src/ModelCatalog sources), with the catalog tables as AdditionalFiles, tracking every pipeline step.
/// </summary>
public static class GeneratorHarness
{
    // Documentation comments are checked as the package build checks them (CS1574 and friends are warnings, so errors).
    public static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose)
        .WithPreprocessorSymbols("NET", "NETCOREAPP", "NETCOREAPP3_0_OR_GREATER", "NET10_0_OR_GREATER");

    private static readonly Lazy<ImmutableArray<SyntaxTree>> RuntimeTrees = new(() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "RuntimeSources"), "*.cs", SearchOption.AllDirectories)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => CSharpSyntaxTree.ParseText(File.ReadAllText(p), ParseOptions, p))
            .ToImmutableArray());

    public static CSharpCompilation RuntimeCompilation(params SyntaxTree[] extra) =>
        CSharpCompilation.Create(
            "ModelCatalog",
            RuntimeTrees.Value.AddRange(extra),
            Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>A driver over the built-in catalog's tables (every file marked a table, ModelCatalogBuiltIn set), as src/ModelCatalog builds.</summary>
    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> files) =>
        CreateDriver(files, TableOptions.BuiltIn(files), ParseOptions);

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> files, TableOptions options, CSharpParseOptions parseOptions) =>
        CSharpGeneratorDriver.Create(
            [new CatalogGenerator().AsSourceGenerator()],
            additionalTexts: files,
            parseOptions: parseOptions,
            optionsProvider: options,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once and returns everything a test may look at.</summary>
    public static GeneratorRun Run(IEnumerable<AdditionalText> files)
    {
        GeneratorDriver driver = CreateDriver(files).RunGeneratorsAndUpdateCompilation(RuntimeCompilation(), out Compilation output, out ImmutableArray<Diagnostic> driverDiagnostics);
        return new GeneratorRun(driver, output, driverDiagnostics);
    }
}

/// <summary>One generator run: the driver (for a second run), the compilation with the generated code, and diagnostics.</summary>
public sealed record GeneratorRun(GeneratorDriver Driver, Compilation Output, ImmutableArray<Diagnostic> DriverDiagnostics)
{
    public GeneratorDriverRunResult Result => Driver.GetRunResult();

    /// <summary>The catalog diagnostics the generator reported.</summary>
    public ImmutableArray<Diagnostic> Diagnostics => Result.Diagnostics;

    public string Source(string hintName) =>
        Result.Results.Single().GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();

    /// <summary>Compiler errors of the runtime plus generated code (warnings as the project treats them: errors).</summary>
    public ImmutableArray<Diagnostic> CompileErrors() =>
        Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
}
