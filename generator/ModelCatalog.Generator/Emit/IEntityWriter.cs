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

    /// <summary>Writes the record's fields, in the order the runtime's <c>CatalogData</c> reads them.</summary>
    void Encode(DataWriter data, T entry);

    /// <summary>The runtime method that reads the encoded records: <c>CatalogData.ReadModels</c>.</summary>
    string Reader { get; }

    /// <summary>Writes the lines of its XML documentation summary (each a <c>///</c> line, values escaped).</summary>
    void Describe(CodeWriter code, T entry);
}
