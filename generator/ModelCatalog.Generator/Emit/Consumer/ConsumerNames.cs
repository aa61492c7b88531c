using ModelCatalog.Generator.Inputs;

namespace ModelCatalog.Generator.Emit.Consumer;

/// <summary>
/// The names of a consumer's generated classes: the prefix (<see cref="CatalogSettings.Prefix"/>) before the built-in
/// catalog's own class names (<c>AcmeModels</c>, <c>AcmeModelIds</c>, ...), so that no name is one of ModelCatalog's
/// and a file importing both namespaces is never ambiguous (CS0104).
/// </summary>
internal sealed class ConsumerNames
{
    public ConsumerNames(CatalogSettings settings, bool notNullWhen)
    {
        string prefix = settings.Prefix;
        Catalog = prefix + "Catalog";
        Organizations = prefix + "Organizations";
        Templates = prefix + "Templates";
        Models = prefix + "Models";
        Checkpoints = prefix + "Checkpoints";
        OrganizationIds = prefix + "OrganizationIds";
        TemplateIds = prefix + "TemplateIds";
        ModelIds = prefix + "ModelIds";
        CheckpointIds = prefix + "CheckpointIds";
        Accessibility = settings.Public ? "public" : "internal";
        NullableAnnotations = settings.NullableAnnotations;
        NotNullWhen = settings.NullableAnnotations && notNullWhen;
    }

    /// <summary>Whether reference types may be written with <c>?</c> (C# 8 and later).</summary>
    public bool NullableAnnotations { get; }

    /// <summary>Whether the out parameters of lookups carry <c>[NotNullWhen(true)]</c> (the attribute is visible to the project).</summary>
    public bool NotNullWhen { get; }

    /// <summary>The internal class that builds the records (<c>AcmeCatalog</c>).</summary>
    public string Catalog { get; }

    public string Organizations { get; }

    public string Templates { get; }

    public string Models { get; }

    public string Checkpoints { get; }

    public string OrganizationIds { get; }

    public string TemplateIds { get; }

    public string ModelIds { get; }

    public string CheckpointIds { get; }

    /// <summary><c>public</c> or <c>internal</c>.</summary>
    public string Accessibility { get; }
}
