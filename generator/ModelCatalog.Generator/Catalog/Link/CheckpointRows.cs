using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using ModelCatalog.Generator.Catalog.Values;
using ModelCatalog.Generator.Common;
using ModelCatalog.Generator.Diagnostics;
using ModelCatalog.Generator.Parsing;

namespace ModelCatalog.Generator.Catalog.Link;

/// <summary>
/// Reads the rows of checkpoints.csv. A row whose model, size, variant or name cannot be used is left out (the
/// checkpoint would be wrong without them); a bad optional value (version, repository id, template, context length)
/// is reported and dropped, and the row is kept.
/// </summary>
internal sealed class CheckpointRows
{
    private readonly IdRegistry _ids;
    private readonly IdRegistry _modelIds;
    private readonly IdRegistry _templateIds;
    private readonly IReadOnlyList<ModelEntry> _models;
    private readonly IReadOnlyList<OrganizationEntry> _organizations;
    private readonly RepositoryKeys _keys;

    public CheckpointRows(
        IdRegistry ids,
        IdRegistry modelIds,
        IdRegistry templateIds,
        IReadOnlyList<ModelEntry> models,
        IReadOnlyList<OrganizationEntry> organizations,
        RepositoryKeys keys)
    {
        _ids = ids;
        _modelIds = modelIds;
        _templateIds = templateIds;
        _models = models;
        _organizations = organizations;
        _keys = keys;
    }

    public CheckpointEntry? Read(CellReader row)
    {
        if (_ids.Claim(row) is not (string id, string identifier))
        {
            return null;
        }

        string name = row.Required("name") ?? id;
        // Every required cell is checked before the row is given up, so one pass reports all of its problems.
        int? modelIndex = Model(row);
        ModelEntry? model = modelIndex >= 0 ? _models[modelIndex.Value] : null;
        SizeValue? size = modelIndex is null ? null : Size(row, model);
        string? variant = Variant(row);
        bool nameIsFree = NameIsFree(row, id, name);
        if (modelIndex is null || size is null || variant is null || !nameIsFree)
        {
            _ids.Reject(id, row.Line);
            return null;
        }

        // A built-in model (a negative index) has its maker in the built-in catalog: its handles are not known here.
        OrganizationEntry? maker = model is not null && model.Organization >= 0 ? _organizations[model.Organization] : null;
        EquatableArray<string> huggingFace = Repositories(row, "hugging_face", id, maker);
        EquatableArray<string> modelScope = Repositories(row, "model_scope", id, null);
        var entry = new CheckpointEntry(
            id,
            identifier,
            name,
            Aliases(id, name, huggingFace, modelScope),
            modelIndex.Value,
            Release(row, model, row.Cell("model").Value),
            size,
            variant,
            huggingFace,
            modelScope,
            ModelRows.Templates(row, _templateIds),
            ContextLength(row),
            row.Optional("license"),
            row.Urls("source", required: true),
            row.Optional("notes", allowLineBreaks: true));
        _keys.Claim(id, row.Line, new[] { id, name });
        _keys.Claim(id, row.Line, huggingFace);
        _keys.Claim(id, row.Line, modelScope);
        _ids.Accept(id);
        return entry;
    }

    /// <summary>The model's index: this catalog's, or a built-in one's (negative, see <see cref="IdRegistry"/>).</summary>
    private int? Model(CellReader row)
    {
        Cell cell = row.Cell("model");
        if (cell.IsEmpty)
        {
            row.Report(Rules.EmptyRequiredCell, cell, "every checkpoint needs a model id; the row is left out");
            return null;
        }

        if (!_modelIds.TryGetIndex(cell.Value, out int index))
        {
            row.Report(Rules.UnknownModel, cell, _modelIds.Unresolved(cell.Value, "the row is left out"));
            return null;
        }

        return index;
    }

    // A built-in model's sizes are not known at build time (its symbols carry names only): its checkpoint's size is
    // taken as written, and must be a size.
    private static SizeValue? Size(CellReader row, ModelEntry? model)
    {
        Cell cell = row.Cell("size");
        if (cell.IsEmpty)
        {
            row.Report(Rules.EmptyRequiredCell, cell, "every checkpoint needs one of its model's sizes; the row is left out");
            return null;
        }

        if (model is null)
        {
            if (SizeValue.TryParse(cell.Value, out SizeValue? written))
            {
                return written;
            }

            row.Report(Rules.InvalidSize, cell, $"'{cell.Value}' is not a size; expected a count with its unit (7B, 560M), experts (8x7B), a range (125M-175B), an exact count after '=' (8x7B=46.7B), '?' for unknown, or a trailing '?' when doubtful; the row is left out");
            return null;
        }

        var labels = new List<string>(model.Sizes.Count);
        foreach (SizeValue size in model.Sizes)
        {
            if (string.Equals(size.Label, cell.Value, StringComparison.Ordinal))
            {
                return size;
            }

            labels.Add(size.Label);
        }

        string known = labels.Count == 0 ? "none" : string.Join(", ", labels);
        row.Report(Rules.UnknownSize, cell, $"'{cell.Value}' is not a size of model '{model.Id}' (its sizes: {known}), so the row is left out");
        return null;
    }

    private static string? Variant(CellReader row)
    {
        if (row.TryChoice("variant", Vocabulary.Variants, "a variant", out string variant))
        {
            return variant;
        }

        if (row.Cell("variant").IsEmpty)
        {
            row.Report(Rules.EmptyRequiredCell, row.Cell("variant"), $"every checkpoint needs a variant: {Vocabulary.Describe(Vocabulary.Variants)}; the row is left out");
        }

        return null;
    }

    private bool NameIsFree(CellReader row, string id, string name)
    {
        if (_keys.OtherOwner(name, id) is not (string owner, int line))
        {
            return true;
        }

        row.Report(Rules.AmbiguousName, row.Cell("name"), $"'{name}' already names the checkpoint '{owner}' on line {line}; a name must lead to one checkpoint only, so the row is left out");
        return false;
    }

    private static ReleaseValue? Release(CellReader row, ModelEntry? model, string modelId)
    {
        Cell cell = row.Cell("version");
        if (cell.IsEmpty)
        {
            return null;
        }

        if (model is null)
        {
            row.Report(Rules.UnknownVersion, cell, $"'{cell.Value}' cannot be checked against the releases of the built-in model '{modelId}' at build time; leave the cell empty; the version is ignored");
            return null;
        }

        var versions = new List<string>(model.Releases.Count);
        foreach (ReleaseValue release in model.Releases)
        {
            if (release.Version is string version)
            {
                if (string.Equals(version, cell.Value, StringComparison.Ordinal))
                {
                    return release;
                }

                versions.Add(version);
            }
        }

        string known = versions.Count == 0 ? "it has no versioned releases" : "its versions: " + string.Join(", ", versions);
        row.Report(Rules.UnknownVersion, cell, $"'{cell.Value}' is not a release version of model '{model.Id}' ({known}); the version is ignored");
        return null;
    }

    /// <summary>
    /// The well-formed repository ids of a list cell that no other checkpoint holds. Hugging Face ids (given the
    /// maker) must also belong to one of its handles or to a documented third party.
    /// </summary>
    private EquatableArray<string> Repositories(CellReader row, string column, string id, OrganizationEntry? maker)
    {
        List<Item> items = row.List(column);
        ImmutableArray<string>.Builder kept = ImmutableArray.CreateBuilder<string>(items.Count);
        foreach (Item item in items)
        {
            string repository = item.Text;
            if (!RepositoryId.IsValid(repository))
            {
                row.Report(Rules.InvalidRepositoryId, item, $"'{repository}' is not a repository id; expected owner/name, each part letters, digits, '-', '_' or '.' (not starting or ending with '-' or '.', no '--' or '..', at most {RepositoryId.MaxPartLength} characters); it is ignored");
                continue;
            }

            if (maker is not null && !IsAllowedOwner(RepositoryId.Owner(repository), maker))
            {
                string handles = maker.HuggingFace.Count == 0 ? "it lists none" : "its handles: " + string.Join(", ", maker.HuggingFace);
                row.Report(Rules.UnknownRepositoryOwner, item, $"'{RepositoryId.Owner(repository)}' is neither a hugging_face handle of organization '{maker.Id}' ({handles}) nor a third party documented in data/README.md; it is ignored");
                continue;
            }

            if (_keys.OtherOwner(repository, id) is (string owner, int line))
            {
                row.Report(Rules.DuplicateRepositoryId, item, $"'{repository}' is already a repository id of the checkpoint '{owner}' on line {line}; a repository id must lead to one checkpoint only, so it is ignored here");
                continue;
            }

            kept.Add(repository);
        }

        return kept.ToEquatableArray();
    }

    private static bool IsAllowedOwner(string owner, OrganizationEntry maker)
    {
        foreach (string handle in maker.HuggingFace)
        {
            if (string.Equals(handle, owner, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return ThirdPartyOwners.Contains(owner);
    }

    /// <summary>The repository ids that are lookup keys besides the id and name (each once, in any case).</summary>
    private static EquatableArray<string> Aliases(string id, string name, EquatableArray<string> huggingFace, EquatableArray<string> modelScope)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { id, name };
        ImmutableArray<string>.Builder aliases = ImmutableArray.CreateBuilder<string>(huggingFace.Count + modelScope.Count);
        foreach (EquatableArray<string> list in new[] { huggingFace, modelScope })
        {
            foreach (string repository in list)
            {
                if (seen.Add(repository))
                {
                    aliases.Add(repository);
                }
            }
        }

        return aliases.ToEquatableArray();
    }

    private static int? ContextLength(CellReader row)
    {
        Cell cell = row.Cell("context_length");
        if (cell.IsEmpty)
        {
            return null;
        }

        if (int.TryParse(cell.Value, NumberStyles.None, CultureInfo.InvariantCulture, out int tokens) && tokens > 0)
        {
            return tokens;
        }

        row.Report(Rules.InvalidCount, cell, $"'{cell.Value}' is not a context length; expected a whole number of tokens (e.g. 131072 for 128k); it is ignored");
        return null;
    }
}
