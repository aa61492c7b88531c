using ModelCatalog.Generator.Catalog;
using ModelCatalog.Generator.Common;
using System;

namespace ModelCatalog.Generator.Emit.Consumer;

/// <summary>
/// How a consumer's generated code names what a row refers to: an entry of its own tables through its own id classes
/// (<c>AcmeModelIds.AcmeChat</c>), a built-in one (a negative index, <see cref="BuiltInReferences"/>) through
/// ModelCatalog's enum members (<c>global::ModelCatalog.ModelId.Llama3</c>), which the built-in catalog names by the
/// same rule (<see cref="Identifiers"/>).
/// </summary>
internal sealed class References
{
    private readonly CatalogModel _catalog;
    private readonly ConsumerNames _names;

    public References(CatalogModel catalog, ConsumerNames names)
    {
        _catalog = catalog;
        _names = names;
    }

    public string OrganizationId(int index) => Id(index, _catalog.Organizations, _catalog.BuiltIn.Organizations, _names.OrganizationIds, "OrganizationId");

    public string TemplateId(int index) => Id(index, _catalog.Templates, _catalog.BuiltIn.Templates, _names.TemplateIds, "TemplateId");

    public string ModelId(int index) => Id(index, _catalog.Models, _catalog.BuiltIn.Models, _names.ModelIds, "ModelId");

    /// <summary>A doc link to the organization's property, showing its name.</summary>
    public void SeeOrganization(CodeWriter code, int index) => See(code, index, _catalog.Organizations, _catalog.BuiltIn.Organizations, _names.Organizations, "Organizations");

    public void SeeTemplate(CodeWriter code, int index) => See(code, index, _catalog.Templates, _catalog.BuiltIn.Templates, _names.Templates, "Templates");

    public void SeeModel(CodeWriter code, int index) => See(code, index, _catalog.Models, _catalog.BuiltIn.Models, _names.Models, "Models");

    private static string Id<T>(int index, EquatableArray<T> own, EquatableArray<KnownEntry> builtIn, string ownIds, string builtInEnum)
        where T : IEquatable<T>, IEntry =>
        index >= 0
            ? ownIds + "." + own[index].Identifier
            : CSharpValues.Runtime + builtInEnum + "." + Identifiers.FromId(builtIn[~index].Slug);

    private static void See<T>(CodeWriter code, int index, EquatableArray<T> own, EquatableArray<KnownEntry> builtIn, string ownClass, string builtInClass)
        where T : IEquatable<T>, IEntry
    {
        if (index >= 0)
        {
            code.See(ownClass, own[index].Identifier, own[index].Name);
        }
        else
        {
            KnownEntry entry = builtIn[~index];
            code.See(CSharpValues.Runtime + builtInClass, Identifiers.FromId(entry.Slug), entry.Name);
        }
    }
}
