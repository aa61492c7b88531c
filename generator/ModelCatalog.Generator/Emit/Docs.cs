using ModelCatalog.Generator.Common;

namespace ModelCatalog.Generator.Emit;

/// <summary>Doc comment lines that the entity writers share.</summary>
internal static class Docs
{
    /// <summary><c>Also known as: a, b.</c> when there are aliases.</summary>
    public static void AlsoKnownAs(CodeWriter code, EquatableArray<string> aliases)
    {
        if (aliases.Count > 0)
        {
            code.DocLine().Text("Also known as: ");
            Join(code, aliases, escape: true);
            code.End(".");
        }
    }

    /// <summary><c>&lt;para&gt;LABEL TEXT&lt;/para&gt;</c> when there is a text.</summary>
    public static void Para(CodeWriter code, string label, string? text)
    {
        if (text is not null)
        {
            code.DocLine().Text("<para>").Text(label).Doc(text).End("</para>");
        }
    }

    /// <summary>Values joined by <c>, </c>; escaped when they come from the tables.</summary>
    public static void Join(CodeWriter code, EquatableArray<string> values, bool escape = false)
    {
        for (int i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                code.Text(", ");
            }

            if (escape)
            {
                code.Doc(values[i]);
            }
            else
            {
                code.Text(values[i]);
            }
        }
    }

    /// <summary>Links to the models of an organization or template, joined by <c>, </c>.</summary>
    public static void Models(CodeWriter code, Catalog.CatalogModel catalog, EquatableArray<int> models)
    {
        for (int i = 0; i < models.Count; i++)
        {
            Catalog.ModelEntry model = catalog.Models[models[i]];
            code.Text(i > 0 ? ", " : string.Empty).See("Models", model.Identifier, model.Name);
        }
    }
}
