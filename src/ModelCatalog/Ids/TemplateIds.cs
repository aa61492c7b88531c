using System;
using System.Diagnostics.CodeAnalysis;

namespace ModelCatalog;

/// <summary>
/// Text forms of <see cref="TemplateId"/>: its slug (<c>llama3</c>), the stable form to store and exchange. An enum
/// cannot implement <c>IParsable</c>, so parsing lives here.
/// </summary>
public static class TemplateIds
{
    /// <summary>The chat template's slug, <c>llama3</c> for <c>TemplateId.Llama3</c>. Allocates nothing.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="id"/> is not a defined <see cref="TemplateId"/>.</exception>
    public static string ToSlug(this TemplateId id) => Templates.Get(id).Slug;

    /// <summary>The id of the chat template with this slug, name or alias, ignoring case (<c>llama3</c>, <c>Llama 3</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">No template has this slug, name or alias.</exception>
    public static TemplateId Parse(string text) =>
        TryParse(text ?? throw new ArgumentNullException(nameof(text)), out TemplateId id) ? id : throw IdText.NotFound("a chat template", text);

    /// <summary>Finds the id of the chat template with this slug, name or alias, ignoring case. Allocates nothing.</summary>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out TemplateId id)
    {
        if (Templates.TryFind(text, out Template? template))
        {
            id = template.Id;
            return true;
        }

        id = default;
        return false;
    }

#if NET
    /// <summary>The id of the chat template with this slug, name or alias, ignoring case.</summary>
    /// <exception cref="FormatException">No template has this slug, name or alias.</exception>
    public static TemplateId Parse(ReadOnlySpan<char> text) =>
        TryParse(text, out TemplateId id) ? id : throw IdText.NotFound("a chat template", text.ToString());

    /// <summary>Finds the id of the chat template with this slug, name or alias, ignoring case. Allocates nothing.</summary>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out TemplateId id)
    {
        if (Templates.TryFind(text, out Template? template))
        {
            id = template.Id;
            return true;
        }

        id = default;
        return false;
    }
#endif
}
