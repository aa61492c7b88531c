using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ModelCatalog.Generator.Inputs;

namespace ModelCatalog.Generator.Tests.Infrastructure;

/// <summary>
/// The analyzer config options MSBuild would give the compiler: the global build properties, and the ModelCatalogTable
/// metadata of the AdditionalFiles a project marked as tables (by path).
/// </summary>
public sealed class TableOptions(IReadOnlyDictionary<string, string> globals, IReadOnlySet<string> tablePaths) : AnalyzerConfigOptionsProvider
{
    /// <summary>This repository's src/ModelCatalog: every file a table, ModelCatalogBuiltIn set.</summary>
    public static TableOptions BuiltIn(IEnumerable<AdditionalText> files) =>
        new(new Dictionary<string, string> { [BuildOptions.BuiltIn] = "true" }, files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal));

    /// <summary>A consumer project: these files are tables, these properties set (keys without "build_property.").</summary>
    public static TableOptions Consumer(IEnumerable<AdditionalText> tables, params (string Property, string Value)[] properties) =>
        new(properties.ToDictionary(p => "build_property." + p.Property, p => p.Value), tables.Select(f => f.Path).ToHashSet(StringComparer.Ordinal));

    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(globals);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        tablePaths.Contains(textFile.Path) ? Options.Table : Options.Empty;

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(ImmutableDictionary<string, string>.Empty);

        public static readonly Options Table = new(new Dictionary<string, string> { [BuildOptions.TableMetadata] = "true" });

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
