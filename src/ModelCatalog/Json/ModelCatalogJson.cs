using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ModelCatalog.Json;

/// <summary>
/// Registers the catalog's converters with System.Text.Json: ids and references to models, organizations, chat
/// templates and checkpoints are written as slugs (<c>"llama-3"</c>) and read from a slug, name or alias. The types carry their
/// converters (<c>[JsonConverter]</c>), so default options and source-generated contexts already use them; adding them
/// to the options as well makes them win over a converter registered for all enums.
/// </summary>
public static class ModelCatalogJson
{
    private static readonly JsonConverter[] s_converters =
    [
        new ModelIdJsonConverter(),
        new OrganizationIdJsonConverter(),
        new TemplateIdJsonConverter(),
        new CheckpointIdJsonConverter(),
        new ModelJsonConverter(),
        new OrganizationJsonConverter(),
        new TemplateJsonConverter(),
        new CheckpointJsonConverter(),
    ];

    /// <summary>The eight converters (stateless, safe to share): four ids, four records.</summary>
    public static IReadOnlyList<JsonConverter> Converters { get; } = Array.AsReadOnly(s_converters);

    /// <summary>Adds the catalog's converters to <paramref name="options"/>, skipping any already there.</summary>
    /// <returns><paramref name="options"/>, to chain.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="options"/> is already in use (read-only).</exception>
    public static JsonSerializerOptions AddConverters(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (JsonConverter converter in s_converters)
        {
            if (!Contains(options.Converters, converter.GetType()))
            {
                options.Converters.Add(converter);
            }
        }

        return options;
    }

    private static bool Contains(IList<JsonConverter> converters, Type type)
    {
        foreach (JsonConverter converter in converters)
        {
            if (converter.GetType() == type)
            {
                return true;
            }
        }

        return false;
    }
}
