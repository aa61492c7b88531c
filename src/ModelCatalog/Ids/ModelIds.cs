using System;
using System.Diagnostics.CodeAnalysis;

namespace ModelCatalog;

/// <summary>
/// Text forms of <see cref="ModelId"/>: its slug (<c>llama-3</c>), the stable form to store and exchange. An enum
/// cannot implement <c>IParsable</c>, so parsing lives here.
/// </summary>
public static class ModelIds
{
    /// <summary>The model's slug, <c>llama-3</c> for <c>ModelId.Llama3</c>. Allocates nothing.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="id"/> is not a defined <see cref="ModelId"/>.</exception>
    public static string ToSlug(this ModelId id) => Models.Get(id).Slug;

    /// <summary>The id of the model with this slug, name or alias, ignoring case (<c>llama-3</c>, <c>Llama 3.1</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">No model has this slug, name or alias.</exception>
    public static ModelId Parse(string text) =>
        TryParse(text ?? throw new ArgumentNullException(nameof(text)), out ModelId id) ? id : throw IdText.NotFound("a model", text);

    /// <summary>Finds the id of the model with this slug, name or alias, ignoring case. Allocates nothing.</summary>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out ModelId id)
    {
        if (Models.TryFind(text, out Model? model))
        {
            id = model.Id;
            return true;
        }

        id = default;
        return false;
    }

#if NET
    /// <summary>The id of the model with this slug, name or alias, ignoring case.</summary>
    /// <exception cref="FormatException">No model has this slug, name or alias.</exception>
    public static ModelId Parse(ReadOnlySpan<char> text) =>
        TryParse(text, out ModelId id) ? id : throw IdText.NotFound("a model", text.ToString());

    /// <summary>Finds the id of the model with this slug, name or alias, ignoring case. Allocates nothing.</summary>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out ModelId id)
    {
        if (Models.TryFind(text, out Model? model))
        {
            id = model.Id;
            return true;
        }

        id = default;
        return false;
    }
#endif
}
