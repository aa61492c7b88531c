using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ModelCatalog.Json;

/// <summary>
/// The one way the catalog's ids and records travel in JSON: written as their slug (<c>"llama-3"</c>), also as a
/// dictionary key, and read from a slug, name or alias, ignoring case, without allocating for text that fits on
/// the stack. Numbers are refused: a slug says what it names. The concrete converters (generated per table) only
/// say how to find and name one kind of entry.
/// </summary>
/// <typeparam name="T">An id enum or a record type of the catalog.</typeparam>
public abstract class CatalogJsonConverter<T> : JsonConverter<T>
{
    private readonly string _entry;

    private protected CatalogJsonConverter(string entry) => _entry = entry;

    /// <inheritdoc/>
    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ReadOnlySpan<char> text = JsonText.GetChars(in reader, stackalloc char[JsonText.StackLength], _entry);
        return TryFind(text, out T value) ? value : throw JsonText.NotFound(_entry, text);
    }

    /// <inheritdoc/>
    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Slug(value));

    /// <inheritdoc/>
    public sealed override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Read(ref reader, typeToConvert, options);

    /// <inheritdoc/>
    public sealed override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WritePropertyName(Slug(value));

    private protected abstract bool TryFind(ReadOnlySpan<char> text, out T value);

    private protected abstract string Slug(T value);
}
