using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using ModelCatalog.Generator.Inputs;

namespace ModelCatalog.Generator.Analyzers;

/// <summary>
/// What the analyzer knows of one compilation: the catalog's attribute and table types, read once when the
/// compilation starts, and the names of each id type, read from its symbols the first time a lookup needs them.
/// Nothing is loaded: the names come from the attributes' metadata, as the compiler sees them.
/// </summary>
internal sealed class CatalogSymbols
{
    public const string GeneratorName = "ModelCatalog.Generator";

    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<ITypeSymbol, CatalogNames> _builtIn = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, CatalogNames> _withOwn = new(SymbolEqualityComparer.Default);
    private readonly Lazy<ILookup<ITypeSymbol, IFieldSymbol>> _ownEntries;

    private CatalogSymbols(Compilation compilation, INamedTypeSymbol entryAttribute, INamedTypeSymbol generatedCode, INamedTypeSymbol? recordTable)
    {
        _compilation = compilation;
        EntryAttribute = entryAttribute;
        GeneratedCode = generatedCode;
        RecordTable = recordTable;
        _ownEntries = new Lazy<ILookup<ITypeSymbol, IFieldSymbol>>(ReadOwnEntries);
    }

    public INamedTypeSymbol EntryAttribute { get; }

    public INamedTypeSymbol GeneratedCode { get; }

    /// <summary><c>RecordTable&lt;TId, TRecord&gt;</c>, the table type of any catalog.</summary>
    public INamedTypeSymbol? RecordTable { get; }

    /// <summary>The compilation's catalog types, or <see langword="null"/> when it does not reference the catalog (then the analyzer does nothing).</summary>
    public static CatalogSymbols? For(Compilation compilation)
    {
        INamedTypeSymbol? entryAttribute = compilation.GetTypeByMetadataName(CatalogEntryAttributeData.MetadataName);
        INamedTypeSymbol? generatedCode = compilation.GetTypeByMetadataName("System.CodeDom.Compiler.GeneratedCodeAttribute");
        return entryAttribute is null || generatedCode is null
            ? null
            : new CatalogSymbols(compilation, entryAttribute, generatedCode, compilation.GetTypeByMetadataName("ModelCatalog.Metadata.RecordTable`2"));
    }

    /// <summary>Whether ModelCatalog's generator wrote <paramref name="type"/> (the built-in lookup classes, and a consumer's).</summary>
    public bool IsGenerated(INamedTypeSymbol type) =>
        type.GetAttributes().Any(a =>
            SymbolEqualityComparer.Default.Equals(a.AttributeClass, GeneratedCode)
            && a.ConstructorArguments.Length > 0
            && a.ConstructorArguments[0].Value is string tool
            && tool == GeneratorName);

    /// <summary>
    /// The names a lookup over <paramref name="idType"/> accepts: the id type's own members, and with
    /// <paramref name="includeOwn"/> also the entries this compilation declares itself (a consumer's generated
    /// catalog: fields of the id type carrying the attribute, after the built-in ones).
    /// </summary>
    public CatalogNames? NamesOf(ITypeSymbol idType, bool includeOwn)
    {
        if (idType.TypeKind != TypeKind.Enum)
        {
            return null;
        }

        CatalogNames builtIn = _builtIn.GetOrAdd(idType, t => CatalogNames.Read(t.GetMembers().OfType<IFieldSymbol>(), EntryAttribute));
        return includeOwn && _ownEntries.Value.Contains(idType)
            ? _withOwn.GetOrAdd(idType, t => builtIn.With(_ownEntries.Value[t], EntryAttribute))
            : builtIn;
    }

    /// <summary>Fields of an id type declared outside it, in this compilation's source, carrying the entry attribute.</summary>
    private ILookup<ITypeSymbol, IFieldSymbol> ReadOwnEntries()
    {
        var found = new List<IFieldSymbol>();
        var types = new Stack<INamespaceOrTypeSymbol>();
        types.Push(_compilation.Assembly.GlobalNamespace);
        while (types.Count > 0)
        {
            INamespaceOrTypeSymbol container = types.Pop();
            foreach (ISymbol member in container.GetMembers())
            {
                if (member is INamespaceOrTypeSymbol nested)
                {
                    types.Push(nested);
                }
                else if (member is IFieldSymbol { IsConst: true, Type.TypeKind: TypeKind.Enum } field
                    && !SymbolEqualityComparer.Default.Equals(field.ContainingType, field.Type)
                    && field.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, EntryAttribute)))
                {
                    found.Add(field);
                }
            }
        }

        return found.ToLookup<IFieldSymbol, ITypeSymbol>(f => f.Type, SymbolEqualityComparer.Default);
    }
}
