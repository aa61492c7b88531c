using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ModelCatalog.Generator;

namespace ModelCatalog.Benchmarks.Infrastructure;

/// <summary>
/// The compiler set up the way src/ModelCatalog builds for net10.0: the runtime's hand-written sources, .NET 10
/// reference assemblies, nullable on, XML documentation parsed (the project generates its documentation file).
/// </summary>
internal static class RoslynHost
{
    public static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose)
        .WithPreprocessorSymbols("NET", "NETCOREAPP", "NETCOREAPP3_0_OR_GREATER", "NET5_0_OR_GREATER", "NET6_0_OR_GREATER", "NET8_0_OR_GREATER", "NET10_0_OR_GREATER", "RELEASE");

    public static readonly CSharpCompilationOptions CompilationOptions = new(
        OutputKind.DynamicallyLinkedLibrary,
        optimizationLevel: OptimizationLevel.Release,
        nullableContextOptions: NullableContextOptions.Enable,
        deterministic: true);

    public static IEnumerable<string> RuntimeSourcePaths() =>
        Directory.GetFiles(RepoPaths.RuntimeSources, "*.cs", SearchOption.AllDirectories)
            .Where(p => !IsUnder(p, "obj") && !IsUnder(p, "bin"))
            .OrderBy(p => p, StringComparer.Ordinal);

    public static ImmutableArray<SyntaxTree> ParseRuntimeSources() =>
        RuntimeSourcePaths().Select(p => CSharpSyntaxTree.ParseText(File.ReadAllText(p), ParseOptions, p)).ToImmutableArray();

    public static CSharpCompilation Compilation(IEnumerable<SyntaxTree> trees) =>
        CSharpCompilation.Create("ModelCatalog", trees, Net100.References.All, CompilationOptions);

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> files, bool trackSteps) =>
        CSharpGeneratorDriver.Create(
            [new CatalogGenerator().AsSourceGenerator()],
            additionalTexts: files,
            parseOptions: ParseOptions,
            optionsProvider: new BuiltInTableOptions(),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    private static bool IsUnder(string path, string folder)
    {
        string relative = Path.GetRelativePath(RepoPaths.RuntimeSources, path);
        return relative.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
