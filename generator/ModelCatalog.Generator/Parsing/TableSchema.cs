using System.Collections.Generic;
using System.Linq;

namespace ModelCatalog.Generator.Parsing;

/// <summary>The columns of each table, as data/README.md documents them.</summary>
public sealed class TableSchema
{
    private TableSchema(TableKind kind, IReadOnlyList<string> required, IReadOnlyList<string> optional)
    {
        Kind = kind;
        Required = required;
        Columns = required.Concat(optional).ToArray();
    }

    public TableKind Kind { get; }

    public IReadOnlyList<string> Required { get; }

    /// <summary>Every known column, required first, in the documented order.</summary>
    public IReadOnlyList<string> Columns { get; }

    public bool IsKnown(string column) => Columns.Contains(column);

    public static TableSchema For(TableKind kind) => kind switch
    {
        TableKind.Organizations => Organizations,
        TableKind.Templates => Templates,
        TableKind.Checkpoints => Checkpoints,
        _ => Models,
    };

    public static readonly TableSchema Organizations = new(
        TableKind.Organizations,
        new[] { "id", "name", "source" },
        new[] { "aliases", "country", "hugging_face", "website", "notes" });

    public static readonly TableSchema Templates = new(
        TableKind.Templates,
        new[] { "id", "name", "user", "assistant", "modalities", "source" },
        new[]
        {
            "aliases", "prefix", "system", "system_placement", "separator", "default_system", "stop_words",
            "image_token", "video_token", "audio_token", "notes",
        });

    public static readonly TableSchema Models = new(
        TableKind.Models,
        new[] { "id", "name", "organization", "modalities", "source" },
        new[]
        {
            "aliases", "releases", "sizes", "training_tokens", "architecture", "languages", "open_weights",
            "base_model", "templates", "notes",
        });

    public static readonly TableSchema Checkpoints = new(
        TableKind.Checkpoints,
        new[] { "id", "name", "model", "size", "variant", "source" },
        new[] { "version", "hugging_face", "model_scope", "templates", "context_length", "license", "notes" });
}
