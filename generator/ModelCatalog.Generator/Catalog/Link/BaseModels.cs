using System.Collections.Generic;
using ModelCatalog.Generator.Common;
using ModelCatalog.Generator.Diagnostics;
using ModelCatalog.Generator.Parsing;

namespace ModelCatalog.Generator.Catalog.Link;

/// <summary>
/// Resolves each model's base model once all model ids are known, and breaks what cannot stand: a model that is
/// its own base, and cycles of base models (each reported once, at the base cell of the link that closes it, which is then ignored).
/// </summary>
internal static class BaseModels
{
    public static int?[] Resolve(
        IReadOnlyList<(ModelEntry Entry, Cell BaseCell)> models,
        IdRegistry ids,
        List<CatalogDiagnostic> diagnostics)
    {
        var bases = new int?[models.Count];
        for (int i = 0; i < models.Count; i++)
        {
            Cell cell = models[i].BaseCell;
            if (cell.IsEmpty)
            {
                continue;
            }

            if (cell.Value == models[i].Entry.Id)
            {
                diagnostics.Add(Rules.SelfBase.At(cell.Span, Where(cell) + $"model '{cell.Value}' cannot be its own base model; leave the cell empty for a model trained from scratch"));
            }
            else if (ids.TryGetIndex(cell.Value, out int index))
            {
                bases[i] = index;
            }
            else
            {
                diagnostics.Add(Rules.UnknownBaseModel.At(cell.Span, Where(cell) + ids.Unresolved(cell.Value)));
            }
        }

        BreakCycles(models, bases, diagnostics);
        return bases;
    }

    private static string Where(Cell cell) => $"column 'base_model' on line {cell.Span.StartLine + 1}: ";

    private static void BreakCycles(IReadOnlyList<(ModelEntry Entry, Cell BaseCell)> models, int?[] bases, List<CatalogDiagnostic> diagnostics)
    {
        // 0 = not visited, 1 = on the current path, 2 = done. Following base links from each model in file order
        // finds every cycle; the link that closes it is cut and reported.
        var state = new byte[bases.Length];
        var path = new List<int>();
        for (int start = 0; start < bases.Length; start++)
        {
            path.Clear();
            int? current = start;
            // A built-in base (a negative index) ends the walk: the built-in catalog has no base in a consumer's.
            while (current is int node && node >= 0 && state[node] == 0)
            {
                state[node] = 1;
                path.Add(node);
                current = bases[node];
            }

            if (current is int repeat && repeat >= 0 && state[repeat] == 1)
            {
                int from = path.IndexOf(repeat);
                var names = new List<string>();
                for (int k = from; k < path.Count; k++)
                {
                    names.Add(models[path[k]].Entry.Id);
                }

                names.Add(models[repeat].Entry.Id);
                int last = path[path.Count - 1];
                Cell cell = models[last].BaseCell;
                diagnostics.Add(Rules.BaseCycle.At(
                    cell.Span,
                    $"column 'base_model' on line {cell.Span.StartLine + 1}: base models form a cycle ({string.Join(" -> ", names)}); this link is ignored"));
                bases[last] = null;
            }

            foreach (int node in path)
            {
                state[node] = 2;
            }
        }
    }
}
