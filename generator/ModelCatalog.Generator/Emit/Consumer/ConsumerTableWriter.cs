using System;
using ModelCatalog.Generator.Catalog;
using ModelCatalog.Generator.Catalog.Values;
using ModelCatalog.Generator.Common;

namespace ModelCatalog.Generator.Emit.Consumer;

/// <summary>
/// Writes one table of a consumer's catalog: its ids class (<c>AcmeModelIds</c>: constants of the built-in id enum,
/// each carrying <c>[CatalogEntry]</c>) and its class of properties and lookups (<c>AcmeModels</c>), every member
/// documented (a consumer may build with documentation warnings as errors).
/// </summary>
internal static class ConsumerTableWriter
{
    private const string GeneratedCode = "[global::System.CodeDom.Compiler.GeneratedCode(\"ModelCatalog.Generator\", \"1.0\")]";

    public static void Organizations(CodeWriter code, CatalogModel catalog, ConsumerNames names) =>
        Write(code, catalog.Organizations, names, new Table("Organization", "OrganizationId", "Organizations", names.Organizations, names.OrganizationIds, "organization", "organizations"), (c, o) =>
        {
            c.DocLine().Text("<b>").Doc(o.Name).Text("</b> (<c>").Doc(o.Id).End("</c>).");
            Docs.AlsoKnownAs(c, o.Aliases);
            Docs.Para(c, "Country: ", o.Country);
            Docs.Para(c, "Website: ", o.Website);
        });

    public static void Templates(CodeWriter code, CatalogModel catalog, ConsumerNames names) =>
        Write(code, catalog.Templates, names, new Table("Template", "TemplateId", "Templates", names.Templates, names.TemplateIds, "chat template", "chat templates"), (c, t) =>
        {
            c.DocLine().Text("<b>").Doc(t.Name).Text("</b> (<c>").Doc(t.Id).End("</c>): a chat template.");
            Docs.AlsoKnownAs(c, t.Aliases);
        });

    public static void Models(CodeWriter code, CatalogModel catalog, ConsumerNames names, References references, Facts facts) =>
        Write(code, catalog.Models, names, new Table("Model", "ModelId", "Models", names.Models, names.ModelIds, "model", "models"), (c, m) =>
        {
            c.DocLine().Text("<b>").Doc(m.Name).Text("</b> (<c>").Doc(m.Id).Text("</c>) by ");
            references.SeeOrganization(c, m.Organization);
            c.End(".");
            Docs.AlsoKnownAs(c, m.Aliases);
            ModelWriter.FactParagraphs(c, m, facts);
            if (m.BaseModel is int parent)
            {
                c.DocLine().Text("<para>Base model: ");
                references.SeeModel(c, parent);
                c.End(".</para>");
            }

            for (int i = 0; i < m.Templates.Count; i++)
            {
                c.DocLine().Text("<para>Chat template: ");
                references.SeeTemplate(c, m.Templates[i]);
                c.End(".</para>");
            }

            Docs.Para(c, "Notes: ", m.Notes);
            Docs.Para(c, "Source: ", m.Sources.Count > 0 ? m.Sources[0] : null);
        });

    public static void Checkpoints(CodeWriter code, CatalogModel catalog, ConsumerNames names, References references) =>
        Write(code, catalog.Checkpoints, names, new Table("Checkpoint", "CheckpointId", "Checkpoints", names.Checkpoints, names.CheckpointIds, "checkpoint", "checkpoints"), (c, k) =>
        {
            c.DocLine().Text("<b>").Doc(k.Name).Text("</b> (<c>").Doc(k.Id).Text("</c>): a checkpoint of ");
            references.SeeModel(c, k.Model);
            c.End(".");
            if (k.HuggingFace.Count > 0)
            {
                c.DocLine().Text("<para>Hugging Face: ");
                Docs.Join(c, k.HuggingFace, escape: true);
                c.End(".</para>");
            }
        });

    private static void Write<T>(CodeWriter code, EquatableArray<T> entries, ConsumerNames names, Table table, Action<CodeWriter, T> describe)
        where T : IEquatable<T>, IEntry
    {
        string record = CSharpValues.Runtime + table.Record;
        string idEnum = CSharpValues.Runtime + table.IdEnum;

        code.DocLine().Text("<summary>The ids of this project's ").Text(table.Plural).Text(" (its ModelCatalogTable rows): constants of <see cref=\"")
            .Text(idEnum).End("\"/>, each the hash of its slug as the built-in ids are, usable in <c>switch</c>.</summary>");
        code.Line(GeneratedCode);
        code.Open(names.Accessibility + " static class " + table.IdsClass);
        for (int i = 0; i < entries.Count; i++)
        {
            T entry = entries[i];
            code.DocLine().Text("<summary>").Doc(entry.Name).Text(" (<c>").Doc(entry.Id).Text("</c>): <see cref=\"").Text(table.Class).Text(".").Text(entry.Identifier).End("\"/>.</summary>");
            code.Start("[global::ModelCatalog.Metadata.CatalogEntry(").Text(CSharpValues.String(entry.Id)).Text(", ").Text(CSharpValues.String(entry.Name));
            code.End(entry.Aliases.Count > 0 ? ", Aliases = " + CSharpValues.Strings(entry.Aliases) + ")]" : ")]");
            code.Start("public const ").Text(idEnum).Text(" ").Text(entry.Identifier).Text(" = (").Text(idEnum).Text(")").Text(IdValue.Of(entry.Id)).End(";");
            if (i < entries.Count - 1)
            {
                code.Line();
            }
        }

        code.Close();
        code.Line();

        code.DocLine().Text("<summary>The ").Text(table.Plural).Text(" of this project's catalog tables: one property per row, and lookups over them and the built-in <see cref=\"")
            .Text(CSharpValues.Runtime).Text(table.BuiltInClass).End("\"/> together.</summary>");
        code.Line(GeneratedCode);
        code.Open(names.Accessibility + " static class " + table.Class);
        foreach (T entry in entries)
        {
            code.Line("/// <summary>");
            describe(code, entry);
            code.Line("/// </summary>");
            code.Start("public static ").Text(record).Text(" ").Text(entry.Identifier).Text(" => table.Get(").Text(table.IdsClass).Text(".").Text(entry.Identifier).End(");");
            code.Line();
        }

        string nullable = names.NullableAnnotations ? "?" : string.Empty;
        string notNullWhen = names.NotNullWhen ? "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] " : string.Empty;
        code.Line("/// <summary>Every " + table.Singular + " of this project's tables, in table order (the built-in ones are <see cref=\"" + CSharpValues.Runtime + table.BuiltInClass + ".All\"/>).</summary>");
        code.Line("public static global::System.Collections.Generic.IReadOnlyList<" + record + "> All => table.All;");
        code.Line();
        code.Line("/// <summary>The number of " + table.Plural + " of this project's tables.</summary>");
        code.Line("public static int Count => table.Count;");
        code.Line();
        code.Line("/// <summary>The " + table.Singular + " with this id: one of this project's, else a built-in one.</summary>");
        code.Line("/// <param name=\"id\">The id.</param>");
        code.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"id\"/> names no " + table.Singular + " of either.</exception>");
        code.Line("public static " + record + " Get(" + idEnum + " id) =>");
        code.Line("    table.TryGet(id, out " + record + nullable + " own) ? own : " + CSharpValues.Runtime + table.BuiltInClass + ".Get(id);");
        code.Line();
        string found = Parameter(table.Record);
        code.Line("/// <summary>");
        code.Line("/// Finds " + Article(table.Singular) + " by its id (slug), name or alias, ignoring case: this project's first, then the built-in");
        code.Line("/// catalog's. Allocates nothing.");
        code.Line("/// </summary>");
        code.Line("/// <param name=\"nameOrIdOrAlias\">The slug, name or alias.</param>");
        code.Line("/// <param name=\"" + found + "\">The " + table.Singular + " found, or null.</param>");
        code.Line("/// <returns><see langword=\"true\"/> when found.</returns>");
        code.Line("public static bool TryFind(string" + nullable + " nameOrIdOrAlias, " + notNullWhen + "out " + record + nullable + " " + found + ") =>");
        code.Line("    table.TryFind(nameOrIdOrAlias, out " + found + ") || " + CSharpValues.Runtime + table.BuiltInClass + ".TryFind(nameOrIdOrAlias, out " + found + ");");
        // The span lookups of the package exist in its net10.0 build only.
        code.Line();
        code.Line("#if NET10_0_OR_GREATER");
        code.Line("/// <summary>Finds " + Article(table.Singular) + " by its id, name or alias in a span of characters, ignoring case: this project's first. Allocates nothing.</summary>");
        code.Line("/// <param name=\"nameOrIdOrAlias\">The slug, name or alias.</param>");
        code.Line("/// <param name=\"" + found + "\">The " + table.Singular + " found, or null.</param>");
        code.Line("/// <returns><see langword=\"true\"/> when found.</returns>");
        code.Line("public static bool TryFind(global::System.ReadOnlySpan<char> nameOrIdOrAlias, " + notNullWhen + "out " + record + nullable + " " + found + ") =>");
        code.Line("    table.TryFind(nameOrIdOrAlias, out " + found + ") || " + CSharpValues.Runtime + table.BuiltInClass + ".TryFind(nameOrIdOrAlias, out " + found + ");");
        code.Line("#endif");
        code.Line();
        // Lower case: no generated property (always upper case or "_") can take the name.
        code.Line("private static global::ModelCatalog.Metadata.RecordTable<" + idEnum + ", " + record + "> table => " + names.Catalog + ".Records." + table.BuiltInClass + ";");
        code.Close();
    }

    private static string Parameter(string record) => char.ToLowerInvariant(record[0]) + record.Substring(1);

    private static string Article(string word) => ("aeiou".IndexOf(word[0]) >= 0 ? "an " : "a ") + word;

    /// <summary>What differs between the tables: the runtime's type names and the words of the docs.</summary>
    private sealed record Table(string Record, string IdEnum, string BuiltInClass, string Class, string IdsClass, string Singular, string Plural);
}
