using static ModelCatalog.Analyzers.Tests.Infrastructure.LookupTest;

namespace ModelCatalog.Analyzers.Tests;

/// <summary>
/// A consumer's own catalog, as the generator writes it in the consumer's assembly: id constants of the built-in id
/// types carrying [CatalogEntry], and lookup classes marked as ModelCatalog.Generator's code that search the consumer's
/// rows and the built-in ones. Its lookups know both; the built-in classes know only the built-in rows, as at run time.
/// The consumer's shape here is written by hand after that description, not taken from the generator.
/// </summary>
public sealed class OwnEntriesTests
{
    private const string ConsumerCatalog =
        """
        namespace Acme
        {
            public static class AcmeModelIds
            {
                [CatalogEntry("acme-chat", "Acme Chat", Aliases = new[] { "AcmeChat 2" })]
                public const ModelId AcmeChat = (ModelId)123456789;
            }

            [System.CodeDom.Compiler.GeneratedCode("ModelCatalog.Generator", "1.0")]
            public static class AcmeModels
            {
                public static Model AcmeChat => Models.Llama3;

                public static bool TryFind(string? text, out Model? model) { model = null; return text is not null; }

                public static ModelId Parse(string text) => ModelId.Llama3;
            }
        }

        """;

    [Fact]
    public Task The_consumers_lookup_finds_its_own_rows_and_the_built_in_ones_and_suggests_from_both() =>
        Diagnostics(
            ConsumerCatalog +
            """
            class C
            {
                ModelId A() => Acme.AcmeModels.Parse({|#0:"acme-chat"|});
                ModelId B() => Acme.AcmeModels.Parse({|#1:"ACMECHAT 2"|});
                ModelId D() => Acme.AcmeModels.Parse({|#2:"llama-3"|});
                ModelId E() => Acme.AcmeModels.Parse({|#3:"acme-caht"|});
            }
            """,
            Checkable(0, "'acme-chat' is AcmeModelIds.AcmeChat" + Checked),
            Checkable(1, "'ACMECHAT 2' is AcmeModelIds.AcmeChat" + Checked),
            Checkable(2, "'llama-3' is ModelId.Llama3" + Checked),
            Unknown(3, "'acme-caht' is not the id, name or alias of a model of the catalog; did you mean 'acme-chat'?"));

    [Fact]
    public Task The_built_in_lookup_does_not_know_the_consumers_rows() =>
        Diagnostics(
            ConsumerCatalog +
            """
            class C { ModelId M() => ModelIds.Parse({|#0:"acme-chat"|}); }
            """,
            Unknown(0, "'acme-chat' is not the id, name or alias of a model of the catalog"));

    [Fact]
    public Task A_consumers_lookup_is_fixed_to_its_own_members() =>
        Fix(
            ConsumerCatalog +
            """
            class C
            {
                ModelId A() => Acme.AcmeModels.Parse({|MCAT402:"Acme Chat"|});
                Model B()
                {
                    Acme.AcmeModels.TryFind({|MCAT402:"acme-chat"|}, out var model);
                    return model!;
                }
            }
            """,
            ConsumerCatalog +
            """
            class C
            {
                ModelId A() => Acme.AcmeModelIds.AcmeChat;
                Model B()
                {
                    var model = Acme.AcmeModels.AcmeChat;
                    return model!;
                }
            }
            """);
}
