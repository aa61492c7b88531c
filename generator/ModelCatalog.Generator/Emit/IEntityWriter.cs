using ModelCatalog.Generator.Catalog;

namespace ModelCatalog.Generator.Emit;

/// <summary>What the class emitter needs to know about one kind of entity.</summary>
internal interface IEntityWriter<T>
    where T : IEntry
{
    /// <summary>The static class (<c>Models</c>), the record type (<c>Model</c>) and the id enum (<c>ModelId</c>).</summary>
    string ClassName { get; }

    string RecordType { get; }

    string IdEnum { get; }

    /// <summary>The plural for docs: "models".</summary>
    string Plural { get; }

    /// <summary>The singular for docs ("model"), with its article ("a model"), and the name of a parameter ("model").</summary>
    string Singular { get; }

    string WithArticle { get; }

    string Parameter { get; }

    /// <summary>
    /// The fields of a record, in order: the encoding and the generated reader both follow this list, and each field
    /// fills the parameter of its name of <c>CatalogMetadataServices.Create{RecordType}</c>.
    /// </summary>
    System.Collections.Generic.IReadOnlyList<Field<T>> Fields { get; }

    /// <summary>Writes the lines of its XML documentation summary (each a <c>///</c> line, values escaped).</summary>
    void Describe(CodeWriter code, T entry);
}
