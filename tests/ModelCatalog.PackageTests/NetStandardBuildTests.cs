using System.Collections;
using System.Reflection;
using System.Runtime.Loader;
using ModelCatalog.PackageTests.Infrastructure;

namespace ModelCatalog.PackageTests;

/// <summary>
/// The package's netstandard2.0 library runs its own lookup code (its own hash loop and the runtime's comparison,
/// without spans), which no .NET 10 test would otherwise execute. .NET 10 can load it: these tests do, from the
/// .nupkg, in a context of its own, and look names up through reflection.
/// </summary>
public sealed class NetStandardBuildTests
{
    private static readonly Lazy<Assembly> s_library = new(() =>
        new AssemblyLoadContext("ModelCatalog netstandard2.0", isCollectible: false)
            .LoadFromStream(new MemoryStream(PackageUnderTest.ReadBytes(PackageUnderTest.NupkgPath, "lib/netstandard2.0/ModelCatalog.dll"))));

    [Fact]
    public void The_library_under_test_is_the_netstandard2_0_build()
    {
        Assert.Equal(".NETStandard,Version=v2.0", s_library.Value.GetCustomAttribute<System.Runtime.Versioning.TargetFrameworkAttribute>()?.FrameworkName);
        Assert.Null(s_library.Value.GetType("ModelCatalog.Json.ModelCatalogJson")); // net10.0 only
    }

    [Theory]
    [InlineData("Models", "llama-3", "Llama 3")]
    [InlineData("Models", "LLAMA 3", "Llama 3")]
    [InlineData("Models", "llama 3.1", "Llama 3")]      // an alias, in another case
    [InlineData("Organizations", "谷歌", "Google")]     // outside ASCII
    [InlineData("Organizations", "智谱ai", "Zhipu AI")]
    [InlineData("Templates", "QWEN (CHATML)", "Qwen (ChatML)")]
    public void TryFind_finds_names_in_any_case(string table, string text, string expectedName)
    {
        Assert.Equal(expectedName, TryFind(table, text));
    }

    [Theory]
    [InlineData("Llama 3.4")]
    [InlineData("llama3 ")]
    [InlineData("")]
    [InlineData("谷歌x")]
    public void TryFind_misses_what_is_not_there(string text)
    {
        Assert.Null(TryFind("Models", text));
        Assert.Null(TryFind("Organizations", text));
    }

    [Theory]
    [InlineData("Models")]
    [InlineData("Organizations")]
    [InlineData("Templates")]
    public void Every_id_name_and_alias_leads_back_to_its_entry_in_upper_and_lower_case(string table)
    {
        var entries = ((IEnumerable)Type(table).GetProperty("All")!.GetValue(null)!).Cast<object>().ToList();
        int checkedNames = 0;
        foreach (object entry in entries)
        {
            string slug = Text(entry, "Slug");
            foreach (string name in Names(entry))
            {
                foreach (string variant in new[] { name, name.ToUpperInvariant(), name.ToLowerInvariant() })
                {
                    object? found = Find(table, variant);
                    Assert.True(found is not null, $"'{variant}' is not found");

                    // A name two entries share belongs to the first; it still has to find an entry with that name.
                    Assert.True(Text(found, "Slug") == slug || Names(found).Contains(name, StringComparer.OrdinalIgnoreCase), $"'{variant}' found {Text(found, "Slug")}");
                    checkedNames++;
                }
            }
        }

        Assert.True(entries.Count > 30, $"{table}: {entries.Count} entries");
        Assert.True(checkedNames >= entries.Count * 6, $"{checkedNames} names checked");
    }

    private static string? TryFind(string table, string text) => Find(table, text) is object entry ? Text(entry, "Name") : null;

    private static object? Find(string table, string text)
    {
        MethodInfo tryFind = Type(table).GetMethods().Single(m => m.Name == "TryFind" && m.GetParameters()[0].ParameterType == typeof(string));
        object?[] arguments = [text, null];
        return (bool)tryFind.Invoke(null, arguments)! ? arguments[1] : null;
    }

    private static List<string> Names(object entry) =>
        [Text(entry, "Slug"), Text(entry, "Name"), .. (IEnumerable<string>)entry.GetType().GetProperty("Aliases")!.GetValue(entry)!];

    private static Type Type(string table) => s_library.Value.GetType("ModelCatalog." + table, throwOnError: true)!;

    private static string Text(object entry, string property) => (string)entry.GetType().GetProperty(property)!.GetValue(entry)!;
}
