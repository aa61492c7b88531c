using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using ModelCatalog.Generator.Analyzers;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ModelCatalog.CodeFixes;

/// <summary>
/// The syntax of each fix shape: which node goes and what replaces it. Members are written fully qualified and
/// annotated, so the workspace shortens them to what the file's usings allow (<c>ModelId.Llama3</c>).
/// </summary>
internal static class LookupRewrite
{
    /// <summary>The node to replace and its replacement, or <see langword="null"/> when the code is not in the expected shape.</summary>
    public static (SyntaxNode Before, SyntaxNode After)? Plan(InvocationExpressionSyntax lookup, string shape, string value)
    {
        ExpressionSyntax member = ParseExpression(value).WithAdditionalAnnotations(Simplifier.Annotation);
        ArgumentSyntax? outArgument = OutArgument(lookup);
        switch (shape)
        {
            case LookupFixShapes.Replace:
                return (lookup, member.WithTriviaFrom(lookup));

            case LookupFixShapes.ReplaceGet:
                return lookup.Parent?.Parent?.Parent is InvocationExpressionSyntax get ? (get, member.WithTriviaFrom(get)) : null;

            case LookupFixShapes.DeclareLocal:
                return lookup.Parent is ExpressionStatementSyntax statement && outArgument?.Expression is DeclarationExpressionSyntax declaration
                    && declaration.Designation is SingleVariableDesignationSyntax variable
                    ? (statement, LocalDeclarationStatement(
                            VariableDeclaration(declaration.Type.WithoutTrivia(), SingletonSeparatedList(
                                VariableDeclarator(variable.Identifier.WithoutTrivia()).WithInitializer(EqualsValueClause(member)))))
                        .WithTriviaFrom(statement).WithAdditionalAnnotations(Formatter.Annotation))
                    : null;

            case LookupFixShapes.AssignLocal:
                return lookup.Parent is ExpressionStatementSyntax assigned && outArgument is not null
                    ? (assigned, ExpressionStatement(Assign(outArgument.Expression, member))
                        .WithTriviaFrom(assigned).WithAdditionalAnnotations(Formatter.Annotation))
                    : null;

            case LookupFixShapes.PatternDeclare:
                return outArgument?.Expression is DeclarationExpressionSyntax { Designation: SingleVariableDesignationSyntax name }
                    ? (lookup, Parenthesized(IsPatternExpression(member, VarPattern(SingleVariableDesignation(name.Identifier.WithoutTrivia()))), lookup))
                    : null;

            case LookupFixShapes.AssignNotNull:
                return outArgument is not null
                    ? (lookup, Parenthesized(BinaryExpression(
                        SyntaxKind.NotEqualsExpression,
                        ParenthesizedExpression(Assign(outArgument.Expression, member)),
                        LiteralExpression(SyntaxKind.NullLiteralExpression)), lookup))
                    : null;

            case LookupFixShapes.TryGet:
                return lookup.Expression is MemberAccessExpressionSyntax access && lookup.ArgumentList.Arguments.Count == 2 && outArgument is not null
                    ? (lookup, lookup
                        .WithExpression(access.WithName(IdentifierName("TryGet")))
                        .WithArgumentList(ArgumentList(SeparatedList(new[] { Argument(member), outArgument }))))
                    : null;

            default:
                return null;
        }
    }

    /// <summary>The member without its namespaces, for the fix's title: <c>ModelId.Llama3</c>.</summary>
    public static string ShortName(string value)
    {
        int member = value.LastIndexOf('.');
        int type = member > 0 ? value.LastIndexOf('.', member - 1) : -1;
        return value.Substring(type + 1);
    }

    private static ArgumentSyntax? OutArgument(InvocationExpressionSyntax lookup)
    {
        foreach (ArgumentSyntax argument in lookup.ArgumentList.Arguments)
        {
            if (argument.RefKindKeyword.IsKind(SyntaxKind.OutKeyword))
            {
                return argument;
            }
        }

        return null;
    }

    private static AssignmentExpressionSyntax Assign(ExpressionSyntax target, ExpressionSyntax value) =>
        AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, target.WithoutTrivia(), value);

    /// <summary>In parentheses the workspace removes where they are not needed, so the new expression binds as the call did.</summary>
    private static ExpressionSyntax Parenthesized(ExpressionSyntax expression, SyntaxNode replaced) =>
        ParenthesizedExpression(expression).WithTriviaFrom(replaced).WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);
}
