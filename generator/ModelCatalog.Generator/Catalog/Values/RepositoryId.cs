namespace ModelCatalog.Generator.Catalog.Values;

/// <summary>
/// A Hugging Face or ModelScope repository id, <c>owner/name</c>. Each part is 1 to 96 letters, digits, '-', '_'
/// or '.', neither starting nor ending with '-' or '.', without '--' or '..' (the rule the Hugging Face Hub
/// enforces for repository names, applied to both parts).
/// </summary>
public static class RepositoryId
{
    public const int MaxPartLength = 96;

    public static bool IsValid(string text)
    {
        int slash = text.IndexOf('/');
        return slash > 0
            && text.IndexOf('/', slash + 1) < 0
            && IsValidPart(text, 0, slash)
            && IsValidPart(text, slash + 1, text.Length - slash - 1);
    }

    /// <summary>The owner part of a valid id.</summary>
    public static string Owner(string id) => id.Substring(0, id.IndexOf('/'));

    private static bool IsValidPart(string text, int start, int length)
    {
        if (length == 0 || length > MaxPartLength || IsEdgeForbidden(text[start]) || IsEdgeForbidden(text[start + length - 1]))
        {
            return false;
        }

        for (int i = start; i < start + length; i++)
        {
            char c = text[i];
            bool allowed = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' or '.';
            if (!allowed || (i > start && (c is '-' or '.') && text[i - 1] == c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsEdgeForbidden(char c) => c is '-' or '.';
}
