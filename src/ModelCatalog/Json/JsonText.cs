using System;
using System.Text.Json;

namespace ModelCatalog.Json;

/// <summary>What the converters share: reading a JSON string as characters without allocating, and their errors.</summary>
internal static class JsonText
{
    /// <summary>Longer than any slug, name or alias of the catalog; longer text is still read, from the heap.</summary>
    public const int StackLength = 256;

    /// <summary>
    /// The unescaped text of the current string or property name, in <paramref name="buffer"/> when it fits. The raw
    /// UTF-8 length bounds the character count (an escape or a multi-byte character is never shorter as UTF-16).
    /// </summary>
    public static ReadOnlySpan<char> GetChars(in Utf8JsonReader reader, Span<char> buffer, string entry)
    {
        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName))
        {
            throw new JsonException($"Expected a string naming {entry} (its id, name or alias), found {reader.TokenType}.");
        }

        long length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        return length <= buffer.Length ? buffer[..reader.CopyString(buffer)] : reader.GetString().AsSpan();
    }

    public static JsonException NotFound(string entry, ReadOnlySpan<char> text) =>
        new($"'{text}' is not the id, name or alias of {entry} of the catalog.");
}
