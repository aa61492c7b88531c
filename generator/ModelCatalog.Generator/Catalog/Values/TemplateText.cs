using System.Text;
using ModelCatalog.Generator.Common;

namespace ModelCatalog.Generator.Catalog.Values;

/// <summary>The escapes of the templates' text columns: <c>\n</c>, <c>\t</c>, <c>\\</c>.</summary>
public static class TemplateText
{
    public const string ContentPlaceholder = "{{content}}";

    /// <returns><c>false</c> with the offending offset when a backslash starts no known escape.</returns>
    public static bool TryUnescape(string text, out string value, out int badOffset)
    {
        badOffset = -1;
        if (text.IndexOf('\\') < 0)
        {
            value = text;
            return true;
        }

        var builder = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            char next = i + 1 < text.Length ? text[i + 1] : '\0';
            switch (next)
            {
                case 'n': builder.Append('\n'); break;
                case 't': builder.Append('\t'); break;
                case '\\': builder.Append('\\'); break;
                default:
                    value = text;
                    badOffset = i;
                    return false;
            }

            i++;
        }

        value = builder.ToString();
        return true;
    }
}
