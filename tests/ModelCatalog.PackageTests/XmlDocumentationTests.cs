using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using ModelCatalog.PackageTests.Infrastructure;

namespace ModelCatalog.PackageTests;

/// <summary>
/// Scenario 3: IntelliSense shows the facts of every generated member, so the packed XML documentation must hold
/// the generated models, organizations, templates and ids, for both targets.
/// </summary>
public sealed class XmlDocumentationTests
{
    [Theory]
    [InlineData("net10.0")]
    [InlineData("netstandard2.0")]
    public void A_generated_model_is_documented_with_its_facts_and_its_organization(string targetFramework)
    {
        string summary = Summary(targetFramework, "P:ModelCatalog.Models.Llama3");

        Assert.Contains("Llama 3", summary, StringComparison.Ordinal);
        Assert.Contains("llama-3", summary, StringComparison.Ordinal);
        Assert.Contains("Organizations.Meta", summary, StringComparison.Ordinal); // the <see cref> to its organization
        Assert.Contains("Meta", summary, StringComparison.Ordinal);
        Assert.Contains("405B", summary, StringComparison.Ordinal);
        Assert.Contains("2024-04", summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("net10.0")]
    [InlineData("netstandard2.0")]
    public void A_generated_organization_and_template_are_documented(string targetFramework)
    {
        Assert.Contains("Meta", Summary(targetFramework, "P:ModelCatalog.Organizations.Meta"), StringComparison.Ordinal);
        Assert.Contains("Llama 3", Summary(targetFramework, "P:ModelCatalog.Templates.Llama3"), StringComparison.Ordinal);
        Assert.Contains("llama-3", Summary(targetFramework, "F:ModelCatalog.ModelId.Llama3"), StringComparison.Ordinal);
    }

    /// <summary>
    /// The oracle is the packed assembly's own metadata, not the XML file: every public enum member and static
    /// property of the generated types must have its documentation entry, so a member the docs miss fails here.
    /// </summary>
    [Theory]
    [InlineData("net10.0")]
    [InlineData("netstandard2.0")]
    public void Every_public_generated_member_of_the_packed_assembly_is_documented(string targetFramework)
    {
        XDocument docs = Docs(targetFramework);
        HashSet<string> documented = docs.Descendants("member")
            .Where(m => m.Element("summary") is XElement summary && summary.Value.Trim().Length > 0)
            .Select(m => (string)m.Attribute("name")!)
            .ToHashSet(StringComparer.Ordinal);
        using var assembly = new MemoryStream(PackageUnderTest.ReadBytes(PackageUnderTest.NupkgPath, $"lib/{targetFramework}/ModelCatalog.dll"));
        using var pe = new PEReader(assembly);
        MetadataReader metadata = pe.GetMetadataReader();

        string[] expected =
        [
            .. PublicEnumMembers(metadata, "ModelId").Select(n => "F:ModelCatalog.ModelId." + n),
            .. PublicEnumMembers(metadata, "OrganizationId").Select(n => "F:ModelCatalog.OrganizationId." + n),
            .. PublicEnumMembers(metadata, "TemplateId").Select(n => "F:ModelCatalog.TemplateId." + n),
            .. PublicStaticProperties(metadata, "Models").Select(n => "P:ModelCatalog.Models." + n),
            .. PublicStaticProperties(metadata, "Organizations").Select(n => "P:ModelCatalog.Organizations." + n),
            .. PublicStaticProperties(metadata, "Templates").Select(n => "P:ModelCatalog.Templates." + n),
        ];

        Assert.True(PublicEnumMembers(metadata, "ModelId").Length > 50, "the packed assembly has almost no models");
        string[] undocumented = expected.Where(name => !documented.Contains(name)).ToArray();
        Assert.True(undocumented.Length == 0, $"undocumented in lib/{targetFramework}/ModelCatalog.xml: {string.Join(", ", undocumented)}");
    }

    private static TypeDefinition GeneratedType(MetadataReader metadata, string name) =>
        metadata.TypeDefinitions.Select(metadata.GetTypeDefinition)
            .Single(t => metadata.GetString(t.Namespace) == "ModelCatalog" && metadata.GetString(t.Name) == name);

    private static string[] PublicEnumMembers(MetadataReader metadata, string enumName) =>
        GeneratedType(metadata, enumName).GetFields().Select(metadata.GetFieldDefinition)
            .Where(f => (f.Attributes & FieldAttributes.FieldAccessMask) == FieldAttributes.Public && (f.Attributes & FieldAttributes.Static) != 0)
            .Select(f => metadata.GetString(f.Name))
            .ToArray();

    private static string[] PublicStaticProperties(MetadataReader metadata, string className) =>
        GeneratedType(metadata, className).GetProperties().Select(metadata.GetPropertyDefinition)
            .Where(p => p.GetAccessors().Getter is { IsNil: false } getter
                && (metadata.GetMethodDefinition(getter).Attributes & MethodAttributes.MemberAccessMask) == MethodAttributes.Public
                && (metadata.GetMethodDefinition(getter).Attributes & MethodAttributes.Static) != 0)
            .Select(p => metadata.GetString(p.Name))
            .ToArray();

    [Fact]
    public void The_net10_docs_cover_the_json_converters()
    {
        Assert.Contains("slug", Summary("net10.0", "T:ModelCatalog.Json.ModelIdJsonConverter"), StringComparison.Ordinal);
        Assert.DoesNotContain(Members(Docs("netstandard2.0"), "T:ModelCatalog.Json."), _ => true);
    }

    private static string Summary(string targetFramework, string member)
    {
        XElement? element = Docs(targetFramework).Descendants("member").SingleOrDefault(m => (string?)m.Attribute("name") == member);
        Assert.True(element is not null, $"{member} is not documented in lib/{targetFramework}/ModelCatalog.xml");
        // The summary as markup, so that <see cref="..."/> targets can be checked too.
        return string.Concat(element.Element("summary")!.Nodes());
    }

    private static string[] Members(XDocument docs, string prefix) =>
        docs.Descendants("member")
            .Select(m => (string)m.Attribute("name")!)
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Select(n => n[prefix.Length..])
            .ToArray();

    private static XDocument Docs(string targetFramework) =>
        XDocument.Parse(PackageUnderTest.ReadText(PackageUnderTest.NupkgPath, $"lib/{targetFramework}/ModelCatalog.xml"));
}
