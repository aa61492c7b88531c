namespace ModelCatalog.PackageTests.Infrastructure;

/// <summary>The consumer builds run one at a time: on two cores, parallel builds only slow each other down.</summary>
[CollectionDefinition(Name)]
public sealed class ConsumerCollection
{
    public const string Name = "Consumers";
}
