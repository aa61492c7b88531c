using ModelCatalog.Generator.Parsing;

namespace ModelCatalog.Generator.Tests.Consumer;

/// <summary>A table is known by its file name: the table's own, or with a prefix that ends in a dot (data/README.md).</summary>
public sealed class TableFileNameTests
{
    [Theory]
    [InlineData("/x/models.csv", TableKind.Models)]
    [InlineData("/x/MODELS.CSV", TableKind.Models)]
    [InlineData("/x/acme.models.csv", TableKind.Models)]
    [InlineData("/x/acme.serving.checkpoints.csv", TableKind.Checkpoints)]
    [InlineData("/x/acme.organizations.csv", TableKind.Organizations)]
    [InlineData("/x/acme.templates.csv", TableKind.Templates)]
    public void Table_names_with_or_without_a_dotted_prefix_are_tables(string path, TableKind expected)
    {
        Assert.True(TableFiles.TryGetKind(path, out TableKind kind));
        Assert.Equal(expected, kind);
    }

    [Theory]
    [InlineData("/x/acmemodels.csv")]
    [InlineData("/x/acme-models.csv")]
    [InlineData("/x/models.csv.bak")]
    [InlineData("/x/model.csv")]
    public void Other_names_are_not(string path) => Assert.False(TableFiles.TryGetKind(path, out _));
}
