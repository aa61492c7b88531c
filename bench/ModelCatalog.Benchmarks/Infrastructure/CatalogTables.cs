using System.IO;
using Microsoft.CodeAnalysis;

namespace ModelCatalog.Benchmarks.Infrastructure;

/// <summary>The four CSV tables of one catalog (the shipped one or a synthetic one) as generator inputs.</summary>
internal sealed record CatalogTables(string Name, int ModelCount, string Organizations, string Templates, string Models, string Checkpoints)
{
    public const string Folder = "/catalog/data/";

    public static CatalogTables Shipped()
    {
        string models = File.ReadAllText(Path.Combine(RepoPaths.Data, "models.csv"));
        return new CatalogTables(
            "shipped",
            CountRows(models),
            File.ReadAllText(Path.Combine(RepoPaths.Data, "organizations.csv")),
            File.ReadAllText(Path.Combine(RepoPaths.Data, "templates.csv")),
            models,
            File.ReadAllText(Path.Combine(RepoPaths.Data, "checkpoints.csv")));
    }

    public static CatalogTables ForSize(string size) =>
        size == "shipped" ? Shipped() : SyntheticCatalog.Create(int.Parse(size, System.Globalization.CultureInfo.InvariantCulture));

    public AdditionalText[] Files() =>
    [
        new InMemoryAdditionalText(Folder + "organizations.csv", Organizations),
        new InMemoryAdditionalText(Folder + "templates.csv", Templates),
        new InMemoryAdditionalText(Folder + "models.csv", Models),
        new InMemoryAdditionalText(Folder + "checkpoints.csv", Checkpoints),
    ];

    public long Bytes => System.Text.Encoding.UTF8.GetByteCount(Organizations + Templates + Models + Checkpoints);

    // Rows of the shipped models table (records, not lines: a quoted cell may hold a line break).
    public static int CountRows(string csv)
    {
        int rows = 0;
        bool quoted = false;
        bool content = false;
        foreach (char c in csv)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }

            if (c == '\n' && !quoted)
            {
                if (content)
                {
                    rows++;
                }

                content = false;
            }
            else if (c != '\r')
            {
                content = true;
            }
        }

        return (content ? rows + 1 : rows) - 1; // less the header
    }
}
