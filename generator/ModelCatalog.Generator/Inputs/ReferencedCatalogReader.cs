using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using ModelCatalog.Generator.Catalog;
using ModelCatalog.Generator.Common;

namespace ModelCatalog.Generator.Inputs;

/// <summary>
/// Reads the built-in catalog's names from a consumer's compilation: the <c>[CatalogEntry]</c> attribute of every member
/// of the referenced ModelCatalog assembly's id enums, through symbols (an analyzer may not load assemblies: RS1035).
/// </summary>
public static class ReferencedCatalogReader
{
    public const string CatalogAssemblyName = "ModelCatalog.Metadata.CatalogAssemblyAttribute";

    public static ReferencedCatalog Read(Compilation compilation, CancellationToken cancellationToken)
    {
        bool notNullWhen = compilation.GetTypeByMetadataName("System.Diagnostics.CodeAnalysis.NotNullWhenAttribute") is INamedTypeSymbol attribute
            && compilation.IsSymbolAccessibleWithin(attribute, compilation.Assembly);
        INamedTypeSymbol? models = compilation.GetTypeByMetadataName("ModelCatalog.ModelId");
        if (models is null)
        {
            return ReferencedCatalog.None with { NotNullWhen = notNullWhen };
        }

        return new ReferencedCatalog(
            true,
            Members(compilation.GetTypeByMetadataName("ModelCatalog.OrganizationId"), cancellationToken),
            Members(compilation.GetTypeByMetadataName("ModelCatalog.TemplateId"), cancellationToken),
            Members(models, cancellationToken),
            Members(compilation.GetTypeByMetadataName("ModelCatalog.CheckpointId"), cancellationToken))
        {
            NotNullWhen = notNullWhen,
            Others = OtherCatalogs(compilation, cancellationToken),
        };
    }

    /// <summary>The catalogs of referenced assemblies that carry one (<c>[assembly: CatalogAssembly(...)]</c>), by assembly name.</summary>
    private static EquatableArray<OtherCatalog> OtherCatalogs(Compilation compilation, CancellationToken cancellationToken)
    {
        var catalogs = new System.Collections.Generic.List<OtherCatalog>();
        foreach (IAssemblySymbol assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            foreach (AttributeData attribute in assembly.GetAttributes())
            {
                if (attribute.AttributeClass?.ToDisplayString() == CatalogAssemblyName
                    && attribute.ConstructorArguments.Length == 4
                    && attribute.ConstructorArguments.All(a => a.Value is INamedTypeSymbol))
                {
                    catalogs.Add(new OtherCatalog(
                        assembly.Identity.Name,
                        Members((INamedTypeSymbol)attribute.ConstructorArguments[0].Value!, cancellationToken),
                        Members((INamedTypeSymbol)attribute.ConstructorArguments[1].Value!, cancellationToken),
                        Members((INamedTypeSymbol)attribute.ConstructorArguments[2].Value!, cancellationToken),
                        Members((INamedTypeSymbol)attribute.ConstructorArguments[3].Value!, cancellationToken)));
                }
            }
        }

        catalogs.Sort((a, b) => string.CompareOrdinal(a.Assembly, b.Assembly));
        return catalogs.ToEquatableArray();
    }

    /// <summary>The members of one id enum that carry their names; the order is the enum's (the catalog's).</summary>
    private static EquatableArray<KnownEntry> Members(INamedTypeSymbol? ids, CancellationToken cancellationToken)
    {
        if (ids is null)
        {
            return EquatableArray<KnownEntry>.Empty;
        }

        ImmutableArray<ISymbol> members = ids.GetMembers();
        ImmutableArray<KnownEntry>.Builder entries = ImmutableArray.CreateBuilder<KnownEntry>(members.Length);
        foreach (ISymbol member in members)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (member is IFieldSymbol { HasConstantValue: true, ConstantValue: int value } field && Names(field) is (string slug, string name, EquatableArray<string> aliases))
            {
                entries.Add(new KnownEntry(slug, name, aliases, value));
            }
        }

        return entries.ToEquatableArray();
    }

    private static (string Slug, string Name, EquatableArray<string> Aliases)? Names(IFieldSymbol field)
    {
        foreach (AttributeData attribute in field.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() != CatalogEntryAttributeData.MetadataName
                || attribute.ConstructorArguments.Length != 2
                || attribute.ConstructorArguments[0].Value is not string slug
                || attribute.ConstructorArguments[1].Value is not string name)
            {
                continue;
            }

            return (slug, name, CatalogEntryAttributeData.Aliases(attribute).ToEquatableArray());
        }

        return null;
    }
}
