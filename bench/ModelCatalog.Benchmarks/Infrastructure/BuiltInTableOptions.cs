using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ModelCatalog.Generator.Inputs;

namespace ModelCatalog.Benchmarks.Infrastructure;

/// <summary>
/// The options src/ModelCatalog gives the compiler: every AdditionalFile a catalog table (ModelCatalogTable metadata)
/// and ModelCatalogBuiltIn set, so the generator builds the built-in catalog as in the real build.
/// </summary>
internal sealed class BuiltInTableOptions : AnalyzerConfigOptionsProvider
{
    private static readonly Options Global = new(BuildOptions.BuiltIn);
    private static readonly Options Table = new(BuildOptions.TableMetadata);

    public override AnalyzerConfigOptions GlobalOptions => Global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Global;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Table;

    /// <summary>One key set to "true".</summary>
    private sealed class Options(string key) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string name, [NotNullWhen(true)] out string? value)
        {
            value = name == key ? "true" : null;
            return value is not null;
        }
    }
}
