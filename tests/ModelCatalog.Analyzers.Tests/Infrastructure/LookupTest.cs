using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using ModelCatalog.CodeFixes;
using ModelCatalog.Generator.Analyzers;

namespace ModelCatalog.Analyzers.Tests.Infrastructure;

/// <summary>
/// Runs the lookup analyzer (and its code fix) over a consumer's source that references the built ModelCatalog.dll
/// and the .NET 10 reference assemblies of Basic.Reference.Assemblies: no reference package is downloaded.
/// Sources are nullable-enabled files that import <c>ModelCatalog</c>, as a consumer's would.
/// </summary>
internal static class LookupTest
{
    /// <summary>How every MCAT402 message ends.</summary>
    public const string Checked = ": the member is checked when the code compiles, the text only when it runs";

    private const string Usings = "using ModelCatalog;\nusing ModelCatalog.Metadata;\n\n";

    /// <summary>A test of the diagnostics only; <paramref name="source"/> marks them as <c>{|MCAT401:"text"|}</c>.</summary>
    public static Task Diagnostics(string source, params DiagnosticResult[] expected)
    {
        CSharpCodeFixTest<LookupAnalyzer, LookupCodeFixProvider, DefaultVerifier> test = Create(source);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>A test of the diagnostics and of applying every fix, one at a time and all at once.</summary>
    public static Task Fix(string source, string fixedSource)
    {
        CSharpCodeFixTest<LookupAnalyzer, LookupCodeFixProvider, DefaultVerifier> test = Create(source);
        test.FixedCode = Usings + fixedSource;
        return test.RunAsync();
    }

    public static CSharpCodeFixTest<LookupAnalyzer, LookupCodeFixProvider, DefaultVerifier> Create(string source)
    {
        var test = new CSharpCodeFixTest<LookupAnalyzer, LookupCodeFixProvider, DefaultVerifier>
        {
            TestCode = Usings + source,
            // An empty set: the framework comes from Basic.Reference.Assemblies below.
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
        };
        test.TestState.AdditionalReferences.AddRange(Net100.References.All);
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(Models).Assembly.Location));
        test.SolutionTransforms.Add((solution, projectId) =>
        {
            Project project = solution.GetProject(projectId)!;
            var options = (CSharpCompilationOptions)project.CompilationOptions!;
            return solution.WithProjectCompilationOptions(projectId, options.WithNullableContextOptions(NullableContextOptions.Enable));
        });
        return test;
    }

    /// <summary>MCAT401 at the marked text, with its whole message.</summary>
    public static DiagnosticResult Unknown(int markup, string message) =>
        new DiagnosticResult("MCAT401", DiagnosticSeverity.Warning).WithLocation(markup).WithMessage(message);

    /// <summary>MCAT402 at the marked text, with its whole message.</summary>
    public static DiagnosticResult Checkable(int markup, string message) =>
        new DiagnosticResult("MCAT402", DiagnosticSeverity.Info).WithLocation(markup).WithMessage(message);
}
