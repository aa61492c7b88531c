namespace ModelCatalog.Tests;

/// <summary>
/// The catalog holds every chat template of the reference registry. Fixtures/reference-templates-v0.9.2.txt lists the
/// names registered by LLaMA-Factory v0.9.2's template.py, extracted from the tag (its header says how).
/// </summary>
public sealed class ReferenceTemplatesTests
{
    private static readonly Lazy<string[]> Names = new(() => File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "reference-templates-v0.9.2.txt"))
        .Where(line => line.Length > 0 && !line.StartsWith('#'))
        .ToArray());

    public static TheoryData<string> ReferenceNames() => new(Names.Value);

    [Fact]
    public void The_reference_registers_83_distinct_templates()
    {
        Assert.Equal(83, Names.Value.Length);
        Assert.Equal(83, Names.Value.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(ReferenceNames))]
    public void Every_reference_template_is_a_catalog_template(string name)
    {
        Assert.True(Templates.TryFind(name, out Template? template), $"'{name}' is not a catalog template");
        Assert.Equal(name, template.Slug);
    }
}
