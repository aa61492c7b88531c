using System;
using System.Collections.Generic;
using ModelCatalog.Generator.Catalog;
using ModelCatalog.Generator.Common;

namespace ModelCatalog.Generator.Emit.Consumer;

/// <summary>
/// Writes the class that builds a consumer's records (<c>AcmeCatalog</c>): one construction API call per row, with
/// named arguments so that each value reads as what it is, and one <c>CreateCatalog</c> over the built-in catalog, which
/// resolves the references into it. Rows are filled in methods of <see cref="RowsPerMethod"/> so that a large table
/// does not make one huge method (compile time grows with the rows, not faster).
/// </summary>
internal sealed class ConsumerRecordsWriter
{
    private const int RowsPerMethod = 100;
    private const string Services = "global::ModelCatalog.Metadata.CatalogMetadataServices";

    private readonly CodeWriter _code;
    private readonly CatalogModel _catalog;
    private readonly ConsumerNames _names;
    private readonly References _references;

    public ConsumerRecordsWriter(CodeWriter code, CatalogModel catalog, ConsumerNames names, References references)
    {
        _code = code;
        _catalog = catalog;
        _names = names;
        _references = references;
    }

    public void Write()
    {
        _code.Line("/// <summary>");
        _code.Line("/// Builds this project's catalog records through ModelCatalog's construction API (docs/construction-api.md), over the");
        _code.Line("/// built-in catalog that its references name, on the first use of any of them.");
        _code.Line("/// </summary>");
        _code.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"ModelCatalog.Generator\", \"1.0\")]");
        _code.Open("internal static class " + _names.Catalog);
        _code.Line("/// <summary>This project's catalog; a reference to a built-in entry resolves in the built-in catalog.</summary>");
        _code.Line("internal static readonly global::ModelCatalog.Metadata.CatalogRecords Records = " + Services + ".CreateCatalog(");
        _code.Line("    " + Services + ".BuiltIn,");
        _code.Line("    ReadOrganizations(),");
        _code.Line("    ReadTemplates(),");
        _code.Line("    ReadModels(),");
        _code.Line("    ReadCheckpoints());");
        Table("Organization", "Organizations", _catalog.Organizations, Organization);
        Table("Template", "Templates", _catalog.Templates, Template);
        Table("Model", "Models", _catalog.Models, Model);
        Table("Checkpoint", "Checkpoints", _catalog.Checkpoints, Checkpoint);
        _code.Close();
    }

    private void Table<T>(string record, string plural, EquatableArray<T> entries, Func<T, IEnumerable<(string Name, string Value)>> arguments)
        where T : IEquatable<T>, IEntry
    {
        string type = CSharpValues.Runtime + record;
        int methods = (entries.Count + RowsPerMethod - 1) / RowsPerMethod;
        _code.Line();
        _code.Open("private static " + type + "[] Read" + plural + "()");
        if (entries.Count == 0)
        {
            _code.Line("return global::System.Array.Empty<" + type + ">();");
            _code.Close();
            return;
        }

        _code.Line("var items = new " + type + "[" + CSharpValues.Int(entries.Count) + "];");
        for (int m = 0; m < methods; m++)
        {
            _code.Line("Read" + plural + CSharpValues.Int(m) + "(items);");
        }

        _code.Line("return items;");
        _code.Close();
        for (int m = 0; m < methods; m++)
        {
            _code.Line();
            _code.Open("private static void Read" + plural + CSharpValues.Int(m) + "(" + type + "[] items)");
            int end = Math.Min(entries.Count, (m + 1) * RowsPerMethod);
            for (int i = m * RowsPerMethod; i < end; i++)
            {
                _code.Line("items[" + CSharpValues.Int(i) + "] = " + Services + ".Create" + record + "(");
                List<(string Name, string Value)> values = new(arguments(entries[i]));
                for (int a = 0; a < values.Count; a++)
                {
                    _code.Line("    " + values[a].Name + ": " + values[a].Value + (a == values.Count - 1 ? ");" : ","));
                }
            }

            _code.Close();
        }
    }

    private IEnumerable<(string, string)> Organization(OrganizationEntry o)
    {
        yield return ("id", _names.OrganizationIds + "." + o.Identifier);
        yield return ("slug", CSharpValues.String(o.Id));
        yield return ("name", CSharpValues.String(o.Name));
        yield return ("aliases", CSharpValues.Strings(o.Aliases));
        yield return ("country", CSharpValues.OptionalString(o.Country));
        yield return ("huggingFace", CSharpValues.Strings(o.HuggingFace));
        yield return ("website", CSharpValues.OptionalString(o.Website));
        yield return ("sources", CSharpValues.Strings(o.Sources));
        yield return ("notes", CSharpValues.OptionalString(o.Notes));
    }

    private IEnumerable<(string, string)> Template(TemplateEntry t)
    {
        yield return ("id", _names.TemplateIds + "." + t.Identifier);
        yield return ("slug", CSharpValues.String(t.Id));
        yield return ("name", CSharpValues.String(t.Name));
        yield return ("aliases", CSharpValues.Strings(t.Aliases));
        yield return ("prefix", CSharpValues.String(t.Prefix));
        yield return ("systemFormat", CSharpValues.String(t.System));
        yield return ("systemPlacement", CSharpValues.Runtime + "SystemPlacement." + t.SystemPlacement);
        yield return ("userFormat", CSharpValues.String(t.User));
        yield return ("assistantFormat", CSharpValues.String(t.Assistant));
        yield return ("separator", CSharpValues.String(t.Separator));
        yield return ("defaultSystem", CSharpValues.OptionalString(t.DefaultSystem));
        yield return ("stopWords", CSharpValues.Strings(t.StopWords));
        yield return ("modalities", CSharpValues.Modalities(t.Modalities));
        yield return ("imageToken", CSharpValues.OptionalString(t.ImageToken));
        yield return ("videoToken", CSharpValues.OptionalString(t.VideoToken));
        yield return ("audioToken", CSharpValues.OptionalString(t.AudioToken));
        yield return ("sources", CSharpValues.Strings(t.Sources));
        yield return ("notes", CSharpValues.OptionalString(t.Notes));
    }

    private IEnumerable<(string, string)> Model(ModelEntry m)
    {
        yield return ("id", _names.ModelIds + "." + m.Identifier);
        yield return ("slug", CSharpValues.String(m.Id));
        yield return ("name", CSharpValues.String(m.Name));
        yield return ("aliases", CSharpValues.Strings(m.Aliases));
        yield return ("organization", _references.OrganizationId(m.Organization));
        yield return ("releases", CSharpValues.Array(CSharpValues.Runtime + "Release", Map(m.Releases, CSharpValues.Release)));
        yield return ("sizes", CSharpValues.Array(CSharpValues.Runtime + "ParameterCount", Map(m.Sizes, CSharpValues.Size)));
        yield return ("trainingTokens", CSharpValues.OptionalLong(m.TrainingTokens));
        yield return ("architecture", m.Architecture is string architecture ? CSharpValues.Runtime + "Architecture." + architecture : "null");
        yield return ("languages", CSharpValues.Array(CSharpValues.Runtime + "Language", Map(m.Languages, language => CSharpValues.Runtime + "Language." + language)));
        yield return ("modalities", CSharpValues.Modalities(m.Modalities));
        yield return ("openWeights", CSharpValues.OptionalBool(m.OpenWeights));
        yield return ("baseModel", m.BaseModel is int parent ? _references.ModelId(parent) : "null");
        yield return ("templates", CSharpValues.Array(CSharpValues.Runtime + "TemplateId", Map(m.Templates, _references.TemplateId)));
        yield return ("sources", CSharpValues.Strings(m.Sources));
        yield return ("notes", CSharpValues.OptionalString(m.Notes));
    }

    private IEnumerable<(string, string)> Checkpoint(CheckpointEntry c)
    {
        yield return ("id", _names.CheckpointIds + "." + c.Identifier);
        yield return ("slug", CSharpValues.String(c.Id));
        yield return ("name", CSharpValues.String(c.Name));
        yield return ("repositoryIds", CSharpValues.Strings(c.Aliases));
        yield return ("model", _references.ModelId(c.Model));
        yield return ("release", c.Release is { } release ? CSharpValues.Release(release) : "null");
        yield return ("size", CSharpValues.Size(c.Size));
        yield return ("variant", CSharpValues.Runtime + "CheckpointVariant." + c.Variant);
        yield return ("huggingFace", CSharpValues.Strings(c.HuggingFace));
        yield return ("modelScope", CSharpValues.Strings(c.ModelScope));
        yield return ("templates", CSharpValues.Array(CSharpValues.Runtime + "TemplateId", Map(c.Templates, _references.TemplateId)));
        yield return ("contextLength", CSharpValues.OptionalInt(c.ContextLength));
        yield return ("license", CSharpValues.OptionalString(c.License));
        yield return ("sources", CSharpValues.Strings(c.Sources));
        yield return ("notes", CSharpValues.OptionalString(c.Notes));
    }

    private static List<string> Map<T>(EquatableArray<T> values, Func<T, string> write)
        where T : IEquatable<T>
    {
        var written = new List<string>(values.Count);
        foreach (T value in values)
        {
            written.Add(write(value));
        }

        return written;
    }
}
