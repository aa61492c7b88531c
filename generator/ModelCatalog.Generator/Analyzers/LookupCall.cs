using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ModelCatalog.Generator.Analyzers;

/// <summary>
/// A call that looks a catalog entry up by text with a constant string: <c>TryFind</c>, <c>Parse</c> or
/// <c>TryParse</c> of a class ModelCatalog's generator wrote (<c>Models</c>, <c>ModelIds</c>, ... and a consumer's
/// own), or <c>TryFind</c> of a <c>RecordTable&lt;TId, TRecord&gt;</c>.
/// </summary>
internal sealed class LookupCall
{
    private LookupCall(IInvocationOperation invocation, IArgumentOperation text, string value, ITypeSymbol idType, ITypeSymbol result, IArgumentOperation? outArgument, bool onTable)
    {
        Invocation = invocation;
        Text = text;
        Value = value;
        IdType = idType;
        Result = result;
        OutArgument = outArgument;
        OnTable = onTable;
    }

    public IInvocationOperation Invocation { get; }

    /// <summary>The argument holding the text.</summary>
    public IArgumentOperation Text { get; }

    /// <summary>The constant text.</summary>
    public string Value { get; }

    /// <summary>The id enum whose entries the lookup searches.</summary>
    public ITypeSymbol IdType { get; }

    /// <summary>What the lookup gives: the id (<c>Parse</c>, <c>TryParse</c>) or the record (<c>TryFind</c>).</summary>
    public ITypeSymbol Result { get; }

    /// <summary>The <c>out</c> argument of <c>TryFind</c>/<c>TryParse</c>; <see langword="null"/> for <c>Parse</c>.</summary>
    public IArgumentOperation? OutArgument { get; }

    /// <summary>A lookup on a table instance, whose records the analyzer cannot see.</summary>
    public bool OnTable { get; }

    /// <summary>
    /// Whether the entries of the compilation itself count: a consumer's generated lookup searches its own rows and
    /// the built-in ones, and a table may be any catalog. The built-in classes search the built-in rows only.
    /// </summary>
    public bool IncludesOwnEntries(Compilation compilation) =>
        OnTable || SymbolEqualityComparer.Default.Equals(Invocation.TargetMethod.ContainingAssembly, compilation.Assembly);

    /// <summary>Whether the call's name is one of the lookups' (<c>x.TryFind(...)</c>, <c>Parse(...)</c>): a check on syntax alone.</summary>
    public static bool MayBeLookup(InvocationExpressionSyntax invocation) =>
        invocation.Expression switch
        {
            MemberAccessExpressionSyntax access => IsLookupName(access.Name.Identifier.ValueText),
            IdentifierNameSyntax name => IsLookupName(name.Identifier.ValueText),
            MemberBindingExpressionSyntax binding => IsLookupName(binding.Name.Identifier.ValueText),
            _ => false,
        };

    public static LookupCall? TryRead(IInvocationOperation invocation, CatalogSymbols symbols)
    {
        IMethodSymbol method = invocation.TargetMethod;
        bool isFind = method.Name == "TryFind";
        if (!IsLookupName(method.Name))
        {
            return null;
        }

        INamedTypeSymbol type = method.ContainingType;
        bool onTable = symbols.RecordTable is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, symbols.RecordTable);
        if (!(onTable ? isFind : method.IsStatic && symbols.IsGenerated(type)))
        {
            return null;
        }

        IArgumentOperation? text = invocation.Arguments.FirstOrDefault(a => a.Parameter is { RefKind: RefKind.None });
        IArgumentOperation? outArgument = invocation.Arguments.FirstOrDefault(a => a.Parameter is { RefKind: RefKind.Out });
        if (text?.Value.ConstantValue is not { HasValue: true, Value: string value })
        {
            return null;
        }

        ITypeSymbol? result = method.Name == "Parse" ? method.ReturnType : outArgument?.Parameter?.Type;
        ITypeSymbol? idType = onTable ? type.TypeArguments[0] : IdTypeOf(result);
        return result is null || idType is null ? null : new LookupCall(invocation, text, value, idType, result, outArgument, onTable);
    }

    private static bool IsLookupName(string name) => name is "TryFind" or "Parse" or "TryParse";

    /// <summary>The id enum of what a lookup gives: the enum itself, or the <c>TId</c> of a record's <c>IIdentified&lt;TId&gt;</c>.</summary>
    private static ITypeSymbol? IdTypeOf(ITypeSymbol? result) =>
        result switch
        {
            { TypeKind: TypeKind.Enum } => result,
            INamedTypeSymbol record => record.AllInterfaces
                .FirstOrDefault(i => i.Name == "IIdentified" && i.TypeArguments.Length == 1 && i.ContainingNamespace.ToDisplayString() == "ModelCatalog.Metadata")
                ?.TypeArguments[0],
            _ => null,
        };
}
