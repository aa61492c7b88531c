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

    [Theory]
    [InlineData("net10.0")]
    [InlineData("netstandard2.0")]
    public void Every_generated_model_has_documentation(string targetFramework)
    {
        XDocument docs = Docs(targetFramework);
        string[] enumMembers = Members(docs, "F:ModelCatalog.ModelId.");
        string[] properties = Members(docs, "P:ModelCatalog.Models.");

        Assert.True(enumMembers.Length > 50, $"only {enumMembers.Length} documented ModelId members");
        // Every enum member has its property (Models also documents All and Count).
        Assert.All(enumMembers, name => Assert.Contains(name, properties));
    }

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
