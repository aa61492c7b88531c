using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using ModelCatalog.Generator.Common;
using ModelCatalog.Generator.Diagnostics;
using ModelCatalog.Generator.Tests.Infrastructure;

namespace ModelCatalog.Generator.Tests.Diagnostics;

/// <summary>
/// The rule list, the compiler's descriptors and the release-tracking file describe the same diagnostics.
/// MCAT901 (internal error, which valid or broken data cannot cause) is checked here as a rule; InternalErrorTests make a stage really throw.
/// </summary>
public sealed class RuleCatalogTests
{
    private static readonly Dictionary<string, string> GroupCategory = new()
    {
        ["0"] = Rules.Csv,
        ["1"] = Rules.Values,
        ["2"] = Rules.References,
        ["3"] = Rules.Naming,
        ["4"] = Rules.Lookups,
        ["9"] = Rules.Internal,
    };

    [Fact]
    public void Rules_and_descriptors_agree_one_to_one()
    {
        Assert.Equal(43, Rules.All.Count);
        Assert.Equal(Rules.All.Select(r => r.Id), Descriptors.All.Select(d => d.Id));
        for (int i = 0; i < Rules.All.Count; i++)
        {
            Rule rule = Rules.All[i];
            DiagnosticDescriptor descriptor = Descriptors.All[i];
            Assert.Equal(rule.Title, descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(rule.Category, descriptor.Category);
            Assert.Equal(ToRoslyn(rule.Severity), descriptor.DefaultSeverity);
            Assert.True(descriptor.IsEnabledByDefault, rule.Id);
            Assert.Equal("{0}", descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Ids_are_unique_well_formed_and_in_their_group()
    {
        Assert.Equal(Rules.All.Count, Rules.All.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Descriptors.All.Length, Descriptors.All.Select(d => d.Id).Distinct(StringComparer.Ordinal).Count());
        foreach (Rule rule in Rules.All)
        {
            Assert.Matches(new Regex("^MCAT[0-9]{3}$"), rule.Id);
            Assert.Equal(GroupCategory[rule.Id.Substring(4, 1)], rule.Category);
            Assert.False(string.IsNullOrWhiteSpace(rule.Title));
        }
    }

    [Fact]
    public void Every_id_constant_has_a_rule_and_a_descriptor()
    {
        string[] constants = typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .OrderBy(id => id, StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(constants, Rules.All.Select(r => r.Id).OrderBy(id => id, StringComparer.Ordinal));
        Assert.Equal(constants, Descriptors.All.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal));
    }

    [Fact]
    public void Every_rule_is_tracked_in_the_unshipped_release_file_with_its_category_severity_and_title()
    {
        string file = Path.Combine(TestPaths.RepositoryRoot, "generator", "ModelCatalog.Generator", "AnalyzerReleases.Unshipped.md");
        Assert.True(File.Exists(file), file);
        var rows = File.ReadAllLines(file)
            .Where(l => l.StartsWith("MCAT", StringComparison.Ordinal))
            .Select(l => l.Split('|').Select(c => c.Trim()).ToArray())
            .ToList();

        Assert.Equal(Rules.All.Select(r => r.Id), rows.Select(r => r[0]));
        foreach (Rule rule in Rules.All)
        {
            string[] row = Assert.Single(rows, r => r[0] == rule.Id);
            Assert.Equal(rule.Category, row[1]);
            Assert.Equal(rule.Severity.ToString(), row[2]);
            Assert.Equal(rule.Title, row[3]);
        }
    }

    [Fact]
    public void MCAT901_internal_error_rule_matches_its_descriptor_and_formats_like_the_compiler()
    {
        Assert.Equal("MCAT901", Rules.InternalError.Id);
        Assert.Same(Descriptors.InternalError, Descriptors.All.Single(d => d.Id == "MCAT901"));
        Assert.Equal(DiagnosticSeverity.Error, Descriptors.InternalError.DefaultSeverity);
        Assert.Equal(Rules.Internal, Descriptors.InternalError.Category);
        Assert.Equal("Internal error in the catalog generator", Descriptors.InternalError.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));

        CatalogDiagnostic diagnostic = Rules.InternalError.At(new SourceSpan("/catalog/models.csv", 0, 0, 0, 0, 0, 0), "the catalog generator failed while linking the tables: X: y; please report this");
        Assert.Equal("MCAT901", diagnostic.Id);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal("/catalog/models.csv(1,1): error MCAT901: the catalog generator failed while linking the tables: X: y; please report this", diagnostic.ToString());
    }

    [Fact]
    public void No_valid_catalog_produces_an_internal_error()
    {
        GeneratorRun run = GeneratorHarness.Run(CatalogFiles.Create());

        Assert.Empty(run.Diagnostics);
        Assert.DoesNotContain(run.DriverDiagnostics, d => d.Id is "CS8785" or "MCAT901");
    }

    private static DiagnosticSeverity ToRoslyn(Severity severity) => severity switch
    {
        Severity.Info => DiagnosticSeverity.Info,
        Severity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Error,
    };
}
