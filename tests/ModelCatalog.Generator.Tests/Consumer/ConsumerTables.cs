using Microsoft.CodeAnalysis;
using ModelCatalog.Generator.Tests.Infrastructure;

namespace ModelCatalog.Generator.Tests.Consumer;

/// <summary>The consumer fixture (Fixtures/consumer: Acme's four tables) and variants of it with one table replaced.</summary>
internal static class ConsumerTables
{
    public const string Directory = "/acme/catalog/";

    public static AdditionalText[] Acme() =>
        System.IO.Directory.GetFiles(TestPaths.Fixture("consumer"), "*.csv")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (AdditionalText)new InMemoryAdditionalText(Directory + Path.GetFileName(p), File.ReadAllText(p)))
            .ToArray();

    /// <summary>The fixture with <paramref name="fileName"/> (acme.models.csv, ...) holding <paramref name="text"/> instead.</summary>
    public static AdditionalText[] With(string fileName, string text) =>
        Acme().Select(f => Path.GetFileName(f.Path) == fileName ? new InMemoryAdditionalText(f.Path, text) : f).ToArray();

    /// <summary>FNV-1a, 32-bit, top bit cleared, over the slug's UTF-8 bytes: data/README.md's definition, written out
    /// again here so that the generated values are checked against the specification, not against the generator's code.</summary>
    public static int Fnv1a(string slug)
    {
        uint hash = 0x811C9DC5;
        foreach (byte b in System.Text.Encoding.UTF8.GetBytes(slug))
        {
            hash ^= b;
            hash *= 0x01000193;
        }

        return (int)(hash & 0x7FFFFFFF);
    }
}
