using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace ModelCatalog.Generator.Inputs;

/// <summary>
/// A <c>[CatalogEntry(slug, name, Aliases = ...)]</c> attribute as the compiler sees it: read the same way by the
/// generator (the built-in names a consumer's rows may name) and by the lookup analyzer (the names a lookup accepts).
/// </summary>
internal static class CatalogEntryAttributeData
{
    public const string MetadataName = "ModelCatalog.Metadata.CatalogEntryAttribute";

    /// <summary>Its <c>Aliases</c>; an attribute with errors in it gives the strings it can.</summary>
    public static IEnumerable<string> Aliases(AttributeData attribute)
    {
        foreach (KeyValuePair<string, TypedConstant> named in attribute.NamedArguments)
        {
            if (named.Key == "Aliases" && named.Value.Kind == TypedConstantKind.Array)
            {
                foreach (TypedConstant alias in named.Value.Values)
                {
                    if (alias.Value is string text)
                    {
                        yield return text;
                    }
                }
            }
        }
    }
}
