using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static ModelCatalog.Analyzers.Tests.Infrastructure.LookupTest;

namespace ModelCatalog.Analyzers.Tests;

/// <summary>
/// The two diagnostics' severities follow .editorconfig like any analyzer's (README, "Names written as text"). The
/// package test checks `error` and TreatWarningsAsErrors with the real compiler.
/// </summary>
public sealed class SeverityTests
{
    [Fact]
    public Task Editorconfig_lowers_the_warning_and_raises_the_suggestion()
    {
        var test = Create(
            """
            class C
            {
                ModelId A() => ModelIds.Parse({|#0:"Llama 33"|});
                ModelId B() => ModelIds.Parse({|#1:"llama-3"|});
            }
            """);
        test.TestState.AnalyzerConfigFiles.Add((
            "/0/.editorconfig",
            """
            root = true

            [*.cs]
            dotnet_diagnostic.MCAT401.severity = suggestion
            dotnet_diagnostic.MCAT402.severity = warning
            """));
        test.ExpectedDiagnostics.Add(
            new DiagnosticResult("MCAT401", DiagnosticSeverity.Info).WithLocation(0)
                .WithMessage("'Llama 33' is not the id, name or alias of a model of the catalog; did you mean 'Llama 3'?"));
        test.ExpectedDiagnostics.Add(
            new DiagnosticResult("MCAT402", DiagnosticSeverity.Warning).WithLocation(1)
                .WithMessage("'llama-3' is ModelId.Llama3" + Checked));
        // The fix still applies at the raised severity.
        test.FixedState.Sources.Add(
            """
            using ModelCatalog;
            using ModelCatalog.Metadata;

            class C
            {
                ModelId A() => ModelIds.Parse({|#0:"Llama 33"|});
                ModelId B() => ModelId.Llama3;
            }
            """);
        test.FixedState.ExpectedDiagnostics.Add(
            new DiagnosticResult("MCAT401", DiagnosticSeverity.Info).WithLocation(0)
                .WithMessage("'Llama 33' is not the id, name or alias of a model of the catalog; did you mean 'Llama 3'?"));
        return test.RunAsync();
    }
}
