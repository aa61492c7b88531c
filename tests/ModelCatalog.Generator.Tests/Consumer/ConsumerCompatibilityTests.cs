using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ModelCatalog.Generator.Tests.Infrastructure;

namespace ModelCatalog.Generator.Tests.Consumer;

/// <summary>
/// The generated code compiles under a consumer's settings: C# 7.3 (net472 and netstandard2.0 projects' default),
/// nullable on or off, documentation required with warnings as errors; its names follow the MSBuild properties and
/// never make a file that imports both namespaces ambiguous.
/// </summary>
public sealed class ConsumerCompatibilityTests
{
    [Theory]
    [InlineData(LanguageVersion.CSharp7_3, NullableContextOptions.Disable)]
    [InlineData(LanguageVersion.CSharp8, NullableContextOptions.Disable)]
    [InlineData(LanguageVersion.CSharp8, NullableContextOptions.Enable)]
    [InlineData(LanguageVersion.Latest, NullableContextOptions.Enable)]
    public void The_generated_code_compiles_without_any_diagnostic(LanguageVersion version, NullableContextOptions nullable)
    {
        GeneratorRun run = ConsumerHarness.Run(ConsumerTables.Acme(), version: version, nullable: nullable);

        Assert.Empty(run.Diagnostics);
        Assert.Equal(5, run.Result.Results.Single().GeneratedSources.Length);
        // Every diagnostic, hidden ones aside, counts: warnings are errors in this compilation (CS1591 included).
        Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Hidden));
        bool annotated = version >= LanguageVersion.CSharp8;
        Assert.Equal(annotated, run.Source("AcmeModels.g.cs").Contains("#nullable enable", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_importing_both_namespaces_is_not_ambiguous()
    {
        const string user = """
            using ModelCatalog;
            using Acme;

            /// <summary>Uses both catalogs by their short names.</summary>
            public static class Both
            {
                /// <summary>Names of both.</summary>
                public static string Names() => Models.Llama3.Name + AcmeModels.AcmeChat.Name + Templates.Llama3.Name + AcmeTemplates.AcmePlain.Name
                    + Checkpoints.All.Count + AcmeCheckpoints.All.Count + Organizations.Meta.Name + AcmeOrganizations.Acme.Name + ModelIds.Parse("llama-3") + AcmeModelIds.AcmeChat;
            }
            """;
        GeneratorRun run = ConsumerHarness.Run(ConsumerTables.Acme(), sources: user);

        Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Hidden));
    }

    [Fact]
    public void Namespace_prefix_and_visibility_come_from_the_properties()
    {
        GeneratorRun run = ConsumerHarness.Run(
            ConsumerTables.Acme(),
            properties: [("RootNamespace", "Ignored"), ("ModelCatalogNamespace", "Contoso.Catalog"), ("ModelCatalogPrefix", "Contoso"), ("ModelCatalogVisibility", "internal")]);

        Assert.Empty(run.CompileErrors());
        foreach (string name in new[] { "ContosoModels", "ContosoModelIds", "ContosoOrganizations", "ContosoOrganizationIds", "ContosoTemplates", "ContosoTemplateIds", "ContosoCheckpoints", "ContosoCheckpointIds", "ContosoCatalog" })
        {
            INamedTypeSymbol type = run.Output.GetTypeByMetadataName("Contoso.Catalog." + name)!;
            Assert.Equal(Accessibility.Internal, type.DeclaredAccessibility);
        }
    }

    [Theory]
    [InlineData("Acme.Serving", "Acme.Serving", "AcmeServing")]
    [InlineData("acme-tools", "acmetools", "Acmetools")]
    [InlineData("My.class", "My.@class", "MyClass")]
    [InlineData("1st.Tools", "_1st.Tools", "_1stTools")]
    public void Defaults_derive_from_the_root_namespace(string rootNamespace, string expectedNamespace, string expectedPrefix)
    {
        GeneratorRun run = ConsumerHarness.Run(ConsumerTables.Acme(), properties: [("RootNamespace", rootNamespace)]);

        Assert.Empty(run.CompileErrors());
        INamedTypeSymbol? models = run.Output.GetTypeByMetadataName(expectedNamespace.Replace("@", string.Empty, StringComparison.Ordinal) + "." + expectedPrefix + "Models");
        Assert.NotNull(models);
        Assert.Equal(Accessibility.Public, models.DeclaredAccessibility);
    }

    [Fact]
    public void Without_a_root_namespace_the_assembly_name_is_used()
    {
        GeneratorRun run = ConsumerHarness.Run(ConsumerTables.Acme(), properties: []);

        Assert.NotNull(run.Output.GetTypeByMetadataName("Acme.AcmeModels"));
    }

    [Fact]
    public void The_emitted_text_is_deterministic_and_holds_no_paths()
    {
        string[] first = Sources(ConsumerHarness.Run(ConsumerTables.Acme()));
        string[] second = Sources(ConsumerHarness.Run(ConsumerTables.Acme()));

        Assert.Equal(first, second);
        Assert.All(first, text => Assert.DoesNotContain(ConsumerTables.Directory, text, StringComparison.Ordinal));
    }

    private static string[] Sources(GeneratorRun run) =>
        run.Result.Results.Single().GeneratedSources.Select(s => s.HintName + "\n" + s.SourceText).ToArray();
}
