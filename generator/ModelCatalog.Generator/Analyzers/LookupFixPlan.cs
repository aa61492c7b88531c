using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace ModelCatalog.Generator.Analyzers;

/// <summary>
/// Chooses the rewrite of a lookup whose text matches <c>member</c> that keeps the code's meaning, or none: the
/// shape and replacement travel to the code fix as diagnostic properties (<see cref="LookupFixShapes"/>).
/// </summary>
internal static class LookupFixPlan
{
    public static ImmutableDictionary<string, string?>? For(LookupCall call, IFieldSymbol member)
    {
        IMethodSymbol method = call.Invocation.TargetMethod;
        string id = Qualified(member.ContainingType, member.Name);
        if (call.OnTable)
        {
            // The table may be any catalog: asking it for the id, not the built-in record, keeps the meaning.
            return call.OutArgument is null ? null : Plan(LookupFixShapes.TryGet, id);
        }

        if (method.Name == "Parse")
        {
            return call.Invocation.Parent is IArgumentOperation { Parent: IInvocationOperation get }
                && get.TargetMethod is { Name: "Get", IsStatic: true } getMethod
                && get.Arguments.Length == 1
                && RecordProperty(getMethod.ContainingType, member.Name, getMethod.ReturnType) is IPropertySymbol record
                ? Plan(LookupFixShapes.ReplaceGet, Qualified(record.ContainingType, record.Name))
                : Plan(LookupFixShapes.Replace, id);
        }

        string? value = method.Name == "TryParse"
            ? id
            : RecordProperty(method.ContainingType, member.Name, call.Result) is IPropertySymbol property ? Qualified(property.ContainingType, property.Name) : null;
        if (value is null || call.OutArgument is null)
        {
            return null;
        }

        bool statement = call.Invocation.Parent is IExpressionStatementOperation;
        string? shape = call.OutArgument.Value switch
        {
            // `out _` keeps nothing but "found": the lookup is then a constant true, which no member expresses better.
            IDiscardOperation => null,
            IDeclarationExpressionOperation => statement ? LookupFixShapes.DeclareLocal : LookupFixShapes.PatternDeclare,
            _ when statement => LookupFixShapes.AssignLocal,
            // `(id = ModelId.X) != null` would not compile for an enum; such a call keeps its text.
            _ => call.Result.IsReferenceType ? LookupFixShapes.AssignNotNull : null,
        };
        return shape is null ? null : Plan(shape, value);
    }

    /// <summary>How the info message names the member: <c>ModelId.Llama3</c>.</summary>
    public static string Display(IFieldSymbol member) => member.ContainingType.Name + "." + member.Name;

    /// <summary>The static property of the lookup class named like the entry, of the record type (<c>Models.Llama3</c>).</summary>
    private static IPropertySymbol? RecordProperty(INamedTypeSymbol type, string name, ITypeSymbol recordType) =>
        type.GetMembers(name).OfType<IPropertySymbol>().FirstOrDefault(p => p.IsStatic && SymbolEqualityComparer.Default.Equals(p.Type, recordType));

    private static string Qualified(INamedTypeSymbol type, string member) =>
        type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "."
        + (SyntaxFacts.GetKeywordKind(member) == SyntaxKind.None ? member : "@" + member);

    private static ImmutableDictionary<string, string?> Plan(string shape, string value) =>
        ImmutableDictionary<string, string?>.Empty
            .Add(LookupFixShapes.ShapeKey, shape)
            .Add(LookupFixShapes.ValueKey, value);
}
