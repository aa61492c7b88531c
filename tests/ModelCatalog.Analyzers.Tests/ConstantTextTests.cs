using static ModelCatalog.Analyzers.Tests.Infrastructure.LookupTest;

namespace ModelCatalog.Analyzers.Tests;

/// <summary>
/// What counts as constant text: literals, constants (fields and locals) and constant interpolated strings are
/// checked, at the expression written in the call; text known only when the code runs is not.
/// </summary>
public sealed class ConstantTextTests
{
    [Fact]
    public Task Const_fields_locals_and_constant_interpolated_strings_are_checked() =>
        Diagnostics(
            """
            class C
            {
                const string Version = "3";
                const string Typo = "Llama 33";

                ModelId A() => ModelIds.Parse({|#0:Typo|});
                ModelId B() { const string name = "llama-3"; return ModelIds.Parse({|#1:name|}); }
                ModelId D() => ModelIds.Parse({|#2:$"llama-{Version}"|});
                ModelId E() => ModelIds.Parse({|#3:$"lama-{Version}"|});
                ModelId F() => ModelIds.Parse({|#4:"llama-" + Version|});
            }
            """,
            Unknown(0, "'Llama 33' is not the id, name or alias of a model of the catalog; did you mean 'Llama 3'?"),
            Checkable(1, "'llama-3' is ModelId.Llama3" + Checked),
            Checkable(2, "'llama-3' is ModelId.Llama3" + Checked),
            Unknown(3, "'lama-3' is not the id, name or alias of a model of the catalog; did you mean 'llama-3'?"),
            Checkable(4, "'llama-3' is ModelId.Llama3" + Checked));

    [Fact]
    public Task Text_known_only_at_run_time_is_not_checked() =>
        Diagnostics(
            """
            class C
            {
                static string s_field = "Llama 33";
                readonly string _version = "33";

                bool A(string name) => Models.TryFind(name, out _);
                ModelId B() => ModelIds.Parse(s_field);
                ModelId D() => ModelIds.Parse($"Llama {_version}");
                ModelId E() => ModelIds.Parse("Llama 33".Trim());
                bool F() => Models.TryFind((string?)null, out _);
                bool G() => Models.TryFind(System.MemoryExtensions.AsSpan("Llama 33"), out _);
            }
            """);

    [Fact]
    public Task Methods_that_are_not_catalog_lookups_are_not_checked() =>
        // Same names and signatures, but not written by ModelCatalog's generator: another meaning entirely.
        Diagnostics(
            """
            static class MyIds
            {
                public static ModelId Parse(string text) => ModelId.Llama3;
                public static bool TryFind(string text, out Model? model) { model = null; return false; }
            }

            class C
            {
                ModelId A() => MyIds.Parse("Llama 33");
                bool B() => MyIds.TryFind("Llama 33", out _);
                int D() => int.Parse("33");
            }
            """);
}
