using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ModelCatalog.Generator.Catalog;
using ModelCatalog.Generator.Diagnostics;

namespace ModelCatalog.Generator.Analyzers;

/// <summary>
/// Checks names written as constant text in catalog lookups (<c>Models.TryFind("Llama 33", out _)</c>,
/// <c>ModelIds.Parse("lama-3")</c>) against the entries the compilation can see: text that matches nothing is
/// MCAT401 with did-you-mean (the build's and the CLI's <see cref="Suggestions"/>); text that matches is MCAT402,
/// whose code fix puts the compile-checked member in its place.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LookupAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.UnknownLookupName, Descriptors.CheckableLookup);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            // A compilation without the catalog has nothing to check and pays for nothing more.
            if (CatalogSymbols.For(start.Compilation) is CatalogSymbols symbols)
            {
                start.RegisterSyntaxNodeAction(c => Analyze(c, symbols), SyntaxKind.InvocationExpression);
            }
        });
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, CatalogSymbols symbols)
    {
        // The method's name first, from syntax: binding and operations only for the few calls that may be lookups.
        var invocation = (InvocationExpressionSyntax)context.Node;
        if (!LookupCall.MayBeLookup(invocation)
            || context.SemanticModel.GetOperation(invocation, context.CancellationToken) is not IInvocationOperation operation
            || LookupCall.TryRead(operation, symbols) is not LookupCall call
            || symbols.NamesOf(call.IdType, call.IncludesOwnEntries(context.Compilation)) is not CatalogNames names)
        {
            return;
        }

        Location location = TextLocation(call.Text);
        if (!names.TryFind(call.Value, out IFieldSymbol member))
        {
            string message = $"'{call.Value}' is not the id, name or alias of {EntryKind(call.IdType)} of the catalog{names.DidYouMean(call.Value)}";
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnknownLookupName, location, message));
        }
        else if (LookupFixPlan.For(call, member) is ImmutableDictionary<string, string?> plan)
        {
            string message = $"'{call.Value}' is {LookupFixPlan.Display(member)}: the member is checked when the code compiles, the text only when it runs";
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.CheckableLookup, location, plan, message));
        }
    }

    /// <summary>The argument's expression (the literal or constant's name), not a conversion around it.</summary>
    private static Location TextLocation(IArgumentOperation argument) =>
        (argument.Value is IConversionOperation { IsImplicit: true } conversion ? conversion.Operand : argument.Value).Syntax.GetLocation();

    /// <summary>"a model", "an organization": the id type's name without "Id", as the runtime's parse errors say it.</summary>
    private static string EntryKind(ITypeSymbol idType)
    {
        string name = idType.Name.EndsWith("Id", System.StringComparison.Ordinal) ? idType.Name.Substring(0, idType.Name.Length - 2) : idType.Name;
        string words = string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? " " : string.Empty) + char.ToLowerInvariant(c) : c.ToString()));
        return ("aeiou".IndexOf(words.FirstOrDefault()) >= 0 ? "an " : "a ") + words;
    }
}
