using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ModelCatalog.Generator.Analyzers;
using ModelCatalog.Generator.Diagnostics;

namespace ModelCatalog.CodeFixes;

/// <summary>
/// MCAT402's fix: the lookup of a constant text becomes the compile-checked member it names, in the shape the
/// analyzer chose to keep the code's meaning (<see cref="LookupFixShapes"/>). Fix-all applies it to every such lookup.
/// </summary>
[ExportCodeFixProvider(Microsoft.CodeAnalysis.LanguageNames.CSharp, Name = nameof(LookupCodeFixProvider))]
[Shared]
public sealed class LookupCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.CheckableLookup);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(LookupFixShapes.ShapeKey, out string? shape)
                || !diagnostic.Properties.TryGetValue(LookupFixShapes.ValueKey, out string? value)
                || shape is null
                || value is null
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not SyntaxNode text
                || text.FirstAncestorOrSelf<ArgumentSyntax>()?.Parent?.Parent is not InvocationExpressionSyntax lookup
                || LookupRewrite.Plan(lookup, shape, value) is not (SyntaxNode before, SyntaxNode after))
            {
                continue;
            }

            string title = $"Use {LookupRewrite.ShortName(value)}";
            context.RegisterCodeFix(
                CodeAction.Create(title, c => Replace(context.Document, root, before, after, c), equivalenceKey: nameof(LookupCodeFixProvider)),
                diagnostic);
        }
    }

    private static Task<Document> Replace(Document document, SyntaxNode root, SyntaxNode before, SyntaxNode after, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(before, after)));
    }
}
