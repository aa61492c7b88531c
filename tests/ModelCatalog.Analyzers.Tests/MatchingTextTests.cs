using static ModelCatalog.Analyzers.Tests.Infrastructure.LookupTest;

namespace ModelCatalog.Analyzers.Tests;

/// <summary>
/// MCAT402: constant text that names an entry, by slug, name or alias in any case, and a checkpoint also by its
/// Hugging Face or ModelScope repository id. Expected members are read off data/*.csv by hand (models.csv row
/// llama-3 with aliases "Llama 3.1;Llama 3.2;Llama 3.3;Llama3;Meta-Llama-3"; organizations.csv row meta with alias
/// "Facebook"; checkpoints.csv row llama-3-8b-instruct, hugging_face meta-llama/Meta-Llama-3-8B-Instruct, model_scope
/// LLM-Research/Meta-Llama-3-8B-Instruct) and named by data/README.md's C# name rule.
/// </summary>
public sealed class MatchingTextTests
{
    [Fact]
    public Task Slug_name_and_alias_in_any_case_name_the_same_member() =>
        Diagnostics(
            """
            class C
            {
                ModelId A() => ModelIds.Parse({|#0:"llama-3"|});
                ModelId B() => ModelIds.Parse({|#1:"Llama 3"|});
                ModelId D() => ModelIds.Parse({|#2:"LLAMA 3.1"|});
                ModelId E() => ModelIds.Parse({|#3:"meta-llama-3"|});
            }
            """,
            Checkable(0, "'llama-3' is ModelId.Llama3" + Checked),
            Checkable(1, "'Llama 3' is ModelId.Llama3" + Checked),
            Checkable(2, "'LLAMA 3.1' is ModelId.Llama3" + Checked),
            Checkable(3, "'meta-llama-3' is ModelId.Llama3" + Checked));

    [Fact]
    public Task An_organization_alias_names_its_organization() =>
        Diagnostics(
            """
            class C { OrganizationId M() => OrganizationIds.Parse({|#0:"facebook"|}); }
            """,
            Checkable(0, "'facebook' is OrganizationId.Meta" + Checked));

    [Fact]
    public Task A_checkpoint_is_found_by_its_Hugging_Face_and_its_ModelScope_ids() =>
        Diagnostics(
            """
            class C
            {
                CheckpointId A() => CheckpointIds.Parse({|#0:"meta-llama/Meta-Llama-3-8B-Instruct"|});
                CheckpointId B() => CheckpointIds.Parse({|#1:"llm-research/meta-llama-3-8b-instruct"|});
                CheckpointId D() => CheckpointIds.Parse({|#2:"Llama-3-8B-Instruct"|});
            }
            """,
            Checkable(0, "'meta-llama/Meta-Llama-3-8B-Instruct' is CheckpointId.Llama3_8bInstruct" + Checked),
            Checkable(1, "'llm-research/meta-llama-3-8b-instruct' is CheckpointId.Llama3_8bInstruct" + Checked),
            Checkable(2, "'Llama-3-8B-Instruct' is CheckpointId.Llama3_8bInstruct" + Checked));

    [Fact]
    public Task A_template_is_found_by_its_slug() =>
        Diagnostics(
            """
            class C { TemplateId M() => TemplateIds.Parse({|#0:"LLAMA3"|}); }
            """,
            Checkable(0, "'LLAMA3' is TemplateId.Llama3" + Checked));

    [Fact]
    public Task A_found_text_whose_lookup_only_asks_whether_it_exists_is_left_alone() =>
        // `out _` keeps only "found", which no member expresses: no fix, so no message either.
        Diagnostics(
            """
            class C { bool M() => Models.TryFind("llama-3", out _) && ModelIds.TryParse("llama-3", out _); }
            """);
}
