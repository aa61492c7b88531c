using ModelCatalog.Analyzers.Tests.Infrastructure;
using static ModelCatalog.Analyzers.Tests.Infrastructure.LookupTest;

namespace ModelCatalog.Analyzers.Tests;

/// <summary>
/// MCAT401: constant text that no entry has, on every lookup shape, with did-you-mean. The expected suggestions were
/// worked out from data/*.csv by hand with the documented distance (optimal string alignment, one edit per three
/// characters, ties to the ordinally first text): e.g. "Llama 33" is one edit from llama-3's name "Llama 3" and its
/// alias "Llama 3.3", and "Llama 3" sorts first.
/// </summary>
public sealed class UnknownTextTests
{
    [Fact]
    public Task Models_TryFind_with_a_typo_warns_at_the_literal_with_the_closest_name() =>
        Diagnostics(
            """
            class C { bool M() => Models.TryFind({|#0:"Llama 33"|}, out _); }
            """,
            Unknown(0, "'Llama 33' is not the id, name or alias of a model of the catalog; did you mean 'Llama 3'?"));

    [Fact]
    public Task ModelIds_Parse_and_TryParse_warn_with_the_slug_they_were_meant_to_be() =>
        Diagnostics(
            """
            class C
            {
                ModelId A() => ModelIds.Parse({|#0:"lama-3"|});
                bool B() => ModelIds.TryParse({|#1:"lama-3"|}, out _);
            }
            """,
            Unknown(0, "'lama-3' is not the id, name or alias of a model of the catalog; did you mean 'llama-3'?"),
            Unknown(1, "'lama-3' is not the id, name or alias of a model of the catalog; did you mean 'llama-3'?"));

    [Fact]
    public Task Organizations_and_templates_are_checked_against_their_own_tables() =>
        Diagnostics(
            """
            class C
            {
                bool A() => Organizations.TryFind({|#0:"Facebok"|}, out _);
                OrganizationId B() => OrganizationIds.Parse({|#1:"Facebok"|});
                TemplateId D() => TemplateIds.Parse({|#2:"lama3"|});
                bool E() => Templates.TryFind({|#3:"lama3"|}, out _);
            }
            """,
            Unknown(0, "'Facebok' is not the id, name or alias of an organization of the catalog; did you mean 'Facebook'?"),
            Unknown(1, "'Facebok' is not the id, name or alias of an organization of the catalog; did you mean 'Facebook'?"),
            Unknown(2, "'lama3' is not the id, name or alias of a template of the catalog; did you mean 'llama3'?"),
            Unknown(3, "'lama3' is not the id, name or alias of a template of the catalog; did you mean 'llama3'?"));

    [Fact]
    public Task A_checkpoint_repository_id_that_does_not_exist_suggests_the_nearest_repository() =>
        Diagnostics(
            """
            class C
            {
                bool A() => Checkpoints.TryFind({|#0:"meta-llama/Llama-3-8B"|}, out _);
                CheckpointId B() => CheckpointIds.Parse({|#1:"Qwen/Qwen2.5-7B-Instuct"|});
            }
            """,
            Unknown(0, "'meta-llama/Llama-3-8B' is not the id, name or alias of a checkpoint of the catalog; did you mean 'meta-llama/Llama-3.1-8B'?"),
            Unknown(1, "'Qwen/Qwen2.5-7B-Instuct' is not the id, name or alias of a checkpoint of the catalog; did you mean 'Qwen/Qwen2.5-7B-Instruct'?"));

    [Fact]
    public Task Text_far_from_every_name_warns_without_a_suggestion() =>
        Diagnostics(
            """
            class C { ModelId M() => ModelIds.Parse({|#0:"no such model at all"|}); }
            """,
            Unknown(0, "'no such model at all' is not the id, name or alias of a model of the catalog"));

    [Fact]
    public Task A_model_name_is_not_an_organization() =>
        Diagnostics(
            """
            class C { bool M() => Organizations.TryFind({|#0:"llama-3"|}, out _); }
            """,
            Unknown(0, "'llama-3' is not the id, name or alias of an organization of the catalog"));

    [Fact]
    public Task A_table_instance_is_checked_against_the_entries_of_its_id_type() =>
        Diagnostics(
            """
            class C { bool M(RecordTable<ModelId, Model> table) => table.TryFind({|#0:"Llama 33"|}, out _); }
            """,
            Unknown(0, "'Llama 33' is not the id, name or alias of a model of the catalog; did you mean 'Llama 3'?"));
}
